// promiseHelper.js — checks of the order in which promise steps ran,
// written for zigar-run.

// `arr` must be [1, 2, 3, …]: each step pushes its number when it runs.
function checkSequence(arr, message) {
  for (var i = 0; i < arr.length; i++) {
    if (arr[i] !== i + 1) {
      throw new Test262Error((message ? message : 'Steps in unexpected sequence:') +
        " '" + arr.join(',') + "'");
    }
  }
  return true;
}

// Compares Promise.allSettled-style records ({status, value|reason}).
function checkSettledPromises(settleds, expected, message) {
  var prefix = message ? message + ' ' : '';
  assert.sameValue(Array.isArray(settleds), true, prefix + 'results should be an array');
  assert.sameValue(settleds.length, expected.length, prefix + 'results length');
  for (var i = 0; i < settleds.length; i++) {
    var s = settleds[i], e = expected[i];
    assert.sameValue(Object.prototype.hasOwnProperty.call(s, 'status'), true,
      prefix + "result " + i + " should have an own 'status'");
    assert.sameValue(s.status, e.status, prefix + 'status of result ' + i);
    var key = e.status === 'fulfilled' ? 'value' : 'reason';
    assert.sameValue(Object.prototype.hasOwnProperty.call(s, key), true,
      prefix + 'result ' + i + " should have an own '" + key + "'");
    assert.sameValue(s[key], e[key], prefix + key + ' of result ' + i);
  }
}
