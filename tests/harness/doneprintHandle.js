// doneprintHandle.js — $DONE for async tests, written for zigar-run.
// The runner decides an async test's outcome from stdout: exactly one line
// `Test262:AsyncTestComplete`, or `Test262:AsyncTestFailure:Name: message`.

function $DONE(error) {
  if (!error) {
    print('Test262:AsyncTestComplete');
    return;
  }
  var name = 'Test262Error';
  var message;
  if (typeof error === 'object' || typeof error === 'function') {
    if (error.constructor && typeof error.constructor.name === 'string' && error.constructor.name) {
      name = error.constructor.name;
    } else if (typeof error.name === 'string') {
      name = error.name;
    }
    message = error.message;
  }
  if (message === undefined) message = String(error);
  print('Test262:AsyncTestFailure:' + name + ': ' + message);
}
