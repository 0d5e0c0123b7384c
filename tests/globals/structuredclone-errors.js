/*---
description: structuredClone clones Error objects with their type, message, stack and cause, and drops other properties
---*/
var e = new RangeError('out of range', { cause: { code: 7 } });
e.extra = 'dropped';
var c = structuredClone(e);
assert.notSameValue(c, e);
assert.sameValue(Object.getPrototypeOf(c), RangeError.prototype);
assert.sameValue(c.name, 'RangeError');
assert.sameValue(c.message, 'out of range');
assert.sameValue(c.stack, e.stack);
assert.sameValue(c.cause.code, 7);
assert.notSameValue(c.cause, e.cause);
assert.sameValue(c.extra, undefined);
assert.sameValue(Object.getOwnPropertyDescriptor(c, 'message').enumerable, false);

var types = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (var i = 0; i < types.length; i++) {
  assert.sameValue(Object.getPrototypeOf(structuredClone(new types[i]('x'))), types[i].prototype, types[i].name);
}
var renamed = new Error('m');
renamed.name = 'TypeError';
assert.sameValue(Object.getPrototypeOf(structuredClone(renamed)), TypeError.prototype, 'type follows the name');
var custom = new TypeError('m');
custom.name = 'MyError';
assert.sameValue(Object.getPrototypeOf(structuredClone(custom)), Error.prototype, 'unknown names become Error');
assert.sameValue(Object.prototype.hasOwnProperty.call(structuredClone(new Error()), 'message'), false);
assert.sameValue(structuredClone(new AggregateError([1], 'agg')).errors, undefined);
