/*---
description: errors print their stack (fixed here for determinism)
expected_stdout: |
  Error: boom
      at a (file.js:1:1)
      at b (file.js:2:2)
  {
    err: Error: boom
        at a (file.js:1:1)
        at b (file.js:2:2)
  }
  [
    Error: boom
        at a (file.js:1:1)
        at b (file.js:2:2)
  ]
---*/
const e = new Error('boom');
e.stack = 'Error: boom\n    at a (file.js:1:1)\n    at b (file.js:2:2)';
console.log(e);
console.log({ err: e });
console.log([e]);
