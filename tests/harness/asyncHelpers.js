// asyncHelpers.js — asyncTest and assert.throwsAsync, written for zigar-run.
// Needs the `async` flag (which brings doneprintHandle.js and its $DONE).

// Runs an async function and reports its outcome through $DONE.
function asyncTest(testFunc) {
  if (!Object.prototype.hasOwnProperty.call(globalThis, '$DONE')) {
    throw new Test262Error('asyncTest called without async flag');
  }
  if (typeof testFunc !== 'function') {
    $DONE(new Test262Error('asyncTest called with non-function argument'));
    return;
  }
  try {
    testFunc().then(
      function () { $DONE(); },
      function (error) { $DONE(error); }
    );
  } catch (syncError) {
    $DONE(syncError);
  }
}

// Resolves iff func() returns a thenable that rejects with an object whose
// constructor is exactly expectedErrorConstructor; rejects with a
// Test262Error otherwise (including when func throws synchronously).
assert.throwsAsync = function (expectedErrorConstructor, func, message) {
  return new Promise(function (resolve) {
    var prefix = message === undefined ? '' : message + ' ';
    var expectedName = expectedErrorConstructor && expectedErrorConstructor.name;
    var fail = function (text) {
      resolve(Promise.reject(new Test262Error(prefix + text)));
    };
    if (typeof func !== 'function') {
      fail('assert.throwsAsync called with an argument that is not a function');
      return;
    }
    var result;
    try {
      result = func();
    } catch (thrown) {
      fail('Expected a ' + expectedName + ' to be thrown asynchronously but func() threw synchronously');
      return;
    }
    if (result === null || (typeof result !== 'object' && typeof result !== 'function') ||
        typeof result.then !== 'function') {
      fail('assert.throwsAsync called with a function that did not return a thenable');
      return;
    }
    try {
      result.then(
        function () {
          fail('Expected a ' + expectedName + ' to be thrown asynchronously but no exception was thrown at all');
        },
        function (thrown) {
          if (typeof thrown !== 'object' || thrown === null) {
            fail('Thrown value was not an object! (' + assert._toString(thrown) + ')');
          } else if (thrown.constructor !== expectedErrorConstructor) {
            var actualName = thrown.constructor && thrown.constructor.name;
            fail(expectedName === actualName
              ? 'Expected a ' + expectedName + ' but got a different error constructor with the same name'
              : 'Expected a ' + expectedName + ' but got a ' + actualName);
          } else {
            resolve();
          }
        }
      );
    } catch (thrown) {
      fail('then() of the returned thenable threw synchronously: ' + assert._toString(thrown));
    }
  });
};
