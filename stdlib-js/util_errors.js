'use strict';
// Node-style errors with codes (`TypeError [ERR_INVALID_ARG_TYPE]: …`), so
// messages a Node user greps for read the same here.

function describeReceived(value) {
  if (value === null || value === undefined) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name || '(anonymous)'}`;
  if (typeof value === 'object') {
    const name = value.constructor && value.constructor.name;
    if (name) return ` Received an instance of ${name}`;
    return ` Received ${require('inspect').inspect(value, { depth: -1 })}`;
  }
  let shown = require('inspect').inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function withCode(error, code) {
  Object.defineProperty(error, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  if (typeof error.stack === 'string') {
    const prefix = `${error.name}: `;
    if (error.stack.startsWith(prefix)) {
      error.stack = `${error.name} [${code}]: ${error.stack.slice(prefix.length)}`;
    }
  }
  return error;
}

function invalidArgType(name, expected, value) {
  const what = name.includes('.') ? 'property' : 'argument';
  return withCode(new TypeError(
    `The "${name}" ${what} must be of type ${expected}.${describeReceived(value)}`), 'ERR_INVALID_ARG_TYPE');
}

function outOfRange(name, range, value) {
  return withCode(new RangeError(
    `The value of "${name}" is out of range. It must be ${range}. Received ${String(value)}`),
  'ERR_OUT_OF_RANGE');
}

exports.withCode = withCode;
exports.invalidArgType = invalidArgType;
exports.outOfRange = outOfRange;
