/*---
description: a non-function callback is a TypeError with Node's code and message
flags: [module]
includes: [compareArray.js]
expected_stdout: |
  The "callback" argument must be of type function. Received type number (5)
  The "callback" argument must be of type function. Received type string ('x')
  The "callback" argument must be of type function. Received an instance of Object
---*/
for (const bad of [undefined, null, 1, 'x', {}]) {
  try {
    setTimeout(bad, 1);
    throw new Test262Error('no throw');
  } catch (e) {
    assert.sameValue(e.constructor, TypeError);
    assert.sameValue(e.code, 'ERR_INVALID_ARG_TYPE');
  }
}
try { setTimeout(5); } catch (e) { console.log(e.message); }
try { setImmediate('x'); } catch (e) { console.log(e.message); }
try { queueMicrotask({}); } catch (e) { console.log(e.message); }
