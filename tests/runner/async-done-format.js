/*---
description: $DONE's output lines, captured by swapping print, so that this test itself passes
flags: [async]
includes: [compareArray.js]
---*/
var lines = [];
var realPrint = print;
globalThis.print = function (s) { lines.push(s); };
$DONE(new Test262Error('first'));
$DONE(new TypeError('second'));
$DONE('a string');
$DONE();
globalThis.print = realPrint;
assert.compareArray(lines, [
  'Test262:AsyncTestFailure:Test262Error: first',
  'Test262:AsyncTestFailure:TypeError: second',
  'Test262:AsyncTestFailure:Test262Error: a string',
  'Test262:AsyncTestComplete',
]);
$DONE();
