/*---
description: clearTimeout before firing, by object and by numeric id; clearImmediate
flags: [module]
expected_stdout: |
  other immediate runs
  c runs
---*/
const a = setTimeout(() => console.log('a must not run'), 30);
const b = setTimeout(() => console.log('b must not run'), 30);
setTimeout(() => console.log('c runs'), 30);
clearTimeout(a);
clearTimeout(+b);
const i = setImmediate(() => console.log('immediate must not run'));
clearImmediate(i);
setImmediate(() => console.log('other immediate runs'));
