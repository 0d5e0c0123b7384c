// compareArray.js — element-wise array comparison, written for zigar-run.

// True iff a and b have the same length and SameValue elements.
function compareArray(a, b) {
  if (b.length !== a.length) return false;
  for (var i = 0; i < a.length; i++) {
    if (!assert._isSameValue(b[i], a[i])) return false;
  }
  return true;
}

assert.compareArray = function (actual, expected, message) {
  var prefix = message === undefined ? '' : message + ' ';
  if (typeof actual !== 'object' || actual === null) {
    throw new Test262Error(prefix + 'Expected actual to be an array-like object, got ' +
      assert._toString(actual));
  }
  if (typeof expected !== 'object' || expected === null) {
    throw new Test262Error(prefix + 'Expected expected to be an array-like object, got ' +
      assert._toString(expected));
  }
  if (compareArray(actual, expected)) return;
  throw new Test262Error(prefix + 'Expected ' + compareArray.format(actual) +
    ' and ' + compareArray.format(expected) + ' to have the same contents.');
};

compareArray.format = function (arrayLike) {
  var parts = [];
  for (var i = 0; i < arrayLike.length; i++) {
    var v = arrayLike[i];
    parts.push(typeof v === 'string' ? JSON.stringify(v) : assert._toString(v));
  }
  return '[' + parts.join(', ') + ']';
};
