/*---
description: error causes are shown as [cause]
expected_stdout: |
  Error: outer
      at o (outer.js:1:1) {
    [cause]: Error: inner
        at i (inner.js:1:1)
  }
  Error: p
      at o (outer.js:1:1) {
    [cause]: 'just a string'
  }
---*/
const inner = new Error('inner');
inner.stack = 'Error: inner\n    at i (inner.js:1:1)';
const outer = new Error('outer', { cause: inner });
outer.stack = 'Error: outer\n    at o (outer.js:1:1)';
console.log(outer);
const p = new Error('p', { cause: 'just a string' });
p.stack = 'Error: p\n    at o (outer.js:1:1)';
console.log(p);
