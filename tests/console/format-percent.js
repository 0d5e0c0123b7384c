/*---
description: util.format %% %c and unknown placeholders
expected_stdout: |2
   styled
  %%
  % 1
  100%
  100% 1
  % 1
  %x 1
  a%s
  %s x
  50%
  trailing %
---*/
console.log('%c styled', 'color: red');
console.log('%%');
console.log('%%', 1);
console.log('100%');
console.log('100%', 1);
console.log('%', 1);
console.log('%x', 1);
console.log('%s%s', 'a');
console.log('%%s', 'x');
console.log('%d%%', 50);
console.log('trailing %');
