/*---
description: top-level strings are printed raw, nested strings quoted
expected_stdout: |
  plain
  a b c
  [ 'plain' ]
  { s: 'nested' }
---*/
console.log('plain');
console.log('a', 'b', 'c');
console.log(['plain']);
console.log({ s: 'nested' });
