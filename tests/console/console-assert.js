/*---
description: console.assert writes to stderr only on failure
expected_stdout: |
  after assert
---*/
console.assert(true, 'not printed');
console.assert(false, 'printed on stderr');
console.log('after assert');
