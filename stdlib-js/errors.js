'use strict';
// Reports of fatal errors, formatted like Node's: where it was thrown (the
// source line and a caret), then the error as util.inspect shows it.
// Called from runtime/errors.c; must not throw for any value.

const { inspect } = require('inspect');

function caretLine(location, isSyntaxError) {
  const start = Math.max(0, location.startColumn | 0);
  const width = isSyntaxError ? Math.max(1, (location.endColumn | 0) - start) : 1;
  return ' '.repeat(start) + '^'.repeat(width);
}

function header(location, isSyntaxError) {
  if (!location || location.sourceLine === undefined) return '';
  const where = `${location.resource}:${location.line}:${(location.startColumn | 0) + 1}`;
  return `${where}\n${location.sourceLine}\n${caretLine(location, isSyntaxError)}\n\n`;
}

function unhandledRejectionError(reason) {
  const error = new Error(
    'This error originated either by throwing inside of an async function without a catch ' +
    'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
    `rejected with the reason "${inspect(reason)}".`);
  error.name = 'UnhandledPromiseRejection';
  error.stack = `${error.name}: ${error.message}`;
  error.code = 'ERR_UNHANDLED_REJECTION';
  return error;
}

function formatUncaught(value, location, fromRejection) {
  const isError = value instanceof Error ||
    (value !== null && typeof value === 'object' && typeof value.stack === 'string');
  if (fromRejection && !isError) {
    return `${inspect(unhandledRejectionError(value))}\n\nzigar-run v${natives.version}\n`;
  }
  const isSyntaxError = isError && value.name === 'SyntaxError';
  // inspect brackets an error without frames (`[SyntaxError: …]`); a report
  // shows it plainly, as Node's does.
  let shown;
  if (isError && !/\n\s+at /.test(value.stack)) {
    const keys = Object.keys(value);
    const extra = keys.length ? ` ${inspect(Object.fromEntries(keys.map((k) => [k, value[k]])))}` : '';
    shown = `${value.stack}${extra}`;
  } else {
    shown = inspect(value);
  }
  return `${header(location, isSyntaxError)}${shown}\n\nzigar-run v${natives.version}\n`;
}

function errorName(value) {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return typeof value;
  try {
    const ctor = value.constructor;
    if (ctor && typeof ctor.name === 'string' && ctor.name) return ctor.name;
    if (typeof value.name === 'string') return value.name;
  } catch {
    // A throwing getter: fall through to the generic name.
  }
  return 'Object';
}

exports.formatUncaught = formatUncaught;
exports.errorName = errorName;
