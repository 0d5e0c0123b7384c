// helpers_FIXTURE.js — shared checks for the tests under tests/zig/ (an ES
// module imported by tests; the *_FIXTURE.js name keeps the runner from
// treating it as a test).  `assert` and `Test262Error` are the harness globals.

// How a value must appear in an error message about it (a substring).
// Objects are not checked (SPEC does not say how they are described).
export function valueText(v) {
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return String(v);
    case 'string': return v.length > 30 ? v.slice(0, 30) : v;
    case 'boolean':
    case 'undefined': return String(v);
    case 'symbol': return v.description || 'Symbol';
    default: return v === null ? 'null' : null;
  }
}

export function show(v) {
  try {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return `function ${v.name}`;
    if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
    if (v && typeof v === 'object') return Object.prototype.toString.call(v);
    return String(v);
  } catch (e) {
    return '?';
  }
}

// Runs fn() and returns what it threw (or fails when nothing was thrown).
export function thrown(fn, what) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Test262Error(`${what}: expected an exception, none was thrown`);
}

// A conversion failure: a TypeError or RangeError (or exactly `Ctor` when
// given) whose message names `argText` (e.g. 'args[1]', or null to skip),
// the Zig type `typeName` and the value given.
export function checkConversionError(e, what, argText, typeName, value, Ctor) {
  if (!(e instanceof TypeError || e instanceof RangeError)) {
    throw new Test262Error(`${what}: expected a TypeError or RangeError, got ${show(e)} ${e && e.message}`);
  }
  if (Ctor && !(e instanceof Ctor)) {
    throw new Test262Error(`${what}: expected a ${Ctor.name}, got ${e.constructor.name}: ${e.message}`);
  }
  const msg = String(e.message);
  if (argText && !msg.includes(argText)) {
    throw new Test262Error(`${what}: message does not name ${argText}: ${JSON.stringify(msg)}`);
  }
  if (typeName && !msg.includes(typeName)) {
    throw new Test262Error(`${what}: message does not name the type ${typeName}: ${JSON.stringify(msg)}`);
  }
  const vt = valueText(value);
  if (vt !== null && !msg.includes(vt)) {
    throw new Test262Error(`${what}: message does not show the value ${vt}: ${JSON.stringify(msg)}`);
  }
}

// fn(...args) must fail converting args[index].
export function expectArgError(fn, args, index, typeName, Ctor) {
  const what = `${fn.name}(${args.map(show).join(', ')})`;
  const e = thrown(() => fn(...args), what);
  checkConversionError(e, what, `args[${index}]`, typeName, args[index], Ctor);
}

// Writing `value` with `write(value)` (a field store, `new T(value)`, …) must
// fail naming the type and the value.
export function expectWriteError(write, value, typeName, what, Ctor) {
  const label = `${what} ${show(value)}`;
  const e = thrown(() => write(value), label);
  checkConversionError(e, label, null, typeName, value, Ctor);
}

// The message of the Error thrown by fn (any class).
export function errorOf(fn, what = 'call') {
  return thrown(fn, what);
}
