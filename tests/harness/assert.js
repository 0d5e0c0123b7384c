// assert.js — the assertions of the test262 harness API, written for zigar-run.
// Loaded as a sloppy global script before every non-raw test (with sta.js,
// which defines Test262Error; it is only needed when an assertion fails).

function assert(mustBeTrue, message) {
  if (mustBeTrue === true) return;
  if (message === undefined) {
    message = 'Expected true but got ' + assert._toString(mustBeTrue);
  }
  throw new Test262Error(message);
}

// SameValue: like === except that NaN equals NaN and +0 differs from -0.
assert._isSameValue = function (a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
};

// A readable rendering of any value, even ones String() refuses (symbols,
// objects without a usable toString) and -0, which String() shows as "0".
assert._toString = function (value) {
  if (value === 0 && 1 / value === -Infinity) return '-0';
  try {
    return String(value);
  } catch (err) {
    if (typeof value === 'symbol') return Symbol.prototype.toString.call(value);
    if (err instanceof TypeError) return Object.prototype.toString.call(value);
    throw err;
  }
};

assert.sameValue = function (actual, expected, message) {
  var same;
  try {
    same = assert._isSameValue(actual, expected);
  } catch (error) {
    throw new Test262Error((message === undefined ? '' : message + ' ') +
      '(_isSameValue operation threw) ' + error);
  }
  if (same) return;
  throw new Test262Error((message === undefined ? '' : message + ' ') +
    'Expected SameValue(\u00ab' + assert._toString(actual) + '\u00bb, \u00ab' +
    assert._toString(expected) + '\u00bb) to be true');
};

assert.notSameValue = function (actual, unexpected, message) {
  if (!assert._isSameValue(actual, unexpected)) return;
  throw new Test262Error((message === undefined ? '' : message + ' ') +
    'Expected \u00ab' + assert._toString(actual) + '\u00bb and \u00ab' +
    assert._toString(unexpected) + '\u00bb to be different');
};

// Passes iff calling func throws an object whose constructor is exactly
// expectedErrorConstructor (a subclass or a lookalike does not count).
assert.throws = function (expectedErrorConstructor, func, message) {
  var prefix = message === undefined ? '' : message + ' ';
  if (typeof func !== 'function') {
    throw new Test262Error('assert.throws requires two arguments: the error constructor ' +
      'and a function to run');
  }
  var expectedName = expectedErrorConstructor && expectedErrorConstructor.name;
  try {
    func();
  } catch (thrown) {
    if (typeof thrown !== 'object' || thrown === null) {
      throw new Test262Error(prefix + 'Thrown value was not an object! (' +
        assert._toString(thrown) + ')');
    }
    if (thrown.constructor !== expectedErrorConstructor) {
      var actualName = thrown.constructor && thrown.constructor.name;
      if (expectedName === actualName) {
        throw new Test262Error(prefix + 'Expected a ' + expectedName +
          ' but got a different error constructor with the same name');
      }
      throw new Test262Error(prefix + 'Expected a ' + expectedName + ' but got a ' + actualName);
    }
    return;
  }
  throw new Test262Error(prefix + 'Expected a ' + expectedName +
    ' to be thrown but no exception was thrown at all');
};
