// sta.js — Test262Error and $DONOTEVALUATE, written for zigar-run.
// Test262Error is deliberately not a subclass of Error: a test that checks
// for Error (or catches by instanceof Error) must not mistake a failed
// assertion for the error it expects.

function Test262Error(message) {
  this.message = message || '';
}

Test262Error.prototype.toString = function () {
  return 'Test262Error: ' + this.message;
};

// For tests that need a function which throws, e.g. as a getter.
Test262Error.thrower = function (message) {
  throw new Test262Error(message);
};

// Placed at the top of negative parse/resolution tests: reaching it means
// the file ran although it should not even have compiled or linked.
function $DONOTEVALUATE() {
  throw 'Test262: This statement should not be evaluated.';
}
