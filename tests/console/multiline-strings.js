/*---
description: long strings with newlines are split into concatenated pieces
expected_stdout: |
  {
    text: 'line one is here\n' +
      'line two is here\n' +
      'line three is a bit longer than the others\n'
  }
  [ 'short\nstring' ]
  {
    a: {
      b: {
        c: 'x\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\n'
      }
    }
  }
---*/
console.log({ text: 'line one is here\nline two is here\nline three is a bit longer than the others\n' });
console.log(['short\nstring']);
console.log({ a: { b: { c: 'x\n'.repeat(20) } } });
