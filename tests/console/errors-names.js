/*---
description: name/message mismatch and subclasses
expected_stdout: |
  Error: m
      at x (y.js:1:1) {
    name: 'Custom'
  }
  MyError: sub
      at z (q.js:1:1)
  RangeError: r
      at a (b.js:1:1) {
    name: 'Foo'
  }
  [Error: null prototype]: np
      at x (y.js:1:1)
---*/
const e = new Error('m');
e.name = 'Custom';
e.stack = 'Error: m\n    at x (y.js:1:1)';
console.log(e);
class MyError extends Error {}
const s = new MyError('sub');
s.stack = 'Error: sub\n    at z (q.js:1:1)';
console.log(s);
const r = new RangeError('r');
r.name = 'Foo';
r.stack = 'RangeError: r\n    at a (b.js:1:1)';
console.log(r);
const n = Object.setPrototypeOf(new Error('np'), null);
n.stack = 'Error: np\n    at x (y.js:1:1)';
console.log(n);
