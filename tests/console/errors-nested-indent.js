/*---
description: error stacks nested in objects are indented
expected_stdout: |
  {
    a: {
      b: {
        c: Error: m
            at a (b.js:1:1)
      }
    }
  }
  { a: { b: { c: [Error] } } }
  {
    list: [
      Error: m
          at a (b.js:1:1) {
        x: 1
      },
      Error: m
          at a (b.js:1:1) {
        x: 1
      }
    ]
  }
---*/
const e = new Error('m');
e.stack = 'Error: m\n    at a (b.js:1:1)';
console.log({ a: { b: { c: e } } });
e.x = 1;
console.log({ a: { b: { c: e } } });
console.log({ list: [e, e] });
