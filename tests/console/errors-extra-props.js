/*---
description: own properties of errors are appended in braces
expected_stdout: |
  Error: m
      at a (file.js:1:1) {
    code: 'ERR_X',
    detail: { a: 1 }
  }
  [Error: m] { code: 'E' }
---*/
const e = new Error('m');
e.stack = 'Error: m\n    at a (file.js:1:1)';
e.code = 'ERR_X';
e.detail = { a: 1 };
console.log(e);
const f = new Error('m');
f.stack = 'Error: m';
f.code = 'E';
console.log(f);
