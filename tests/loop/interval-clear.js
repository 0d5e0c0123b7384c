/*---
description: setInterval repeats until clearInterval, with its arguments
flags: [module]
expected_stdout: |
  tick 1 x 42
  tick 2 x 42
  tick 3 x 42
---*/
let n = 0;
const id = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  if (n === 3) clearInterval(id);
}, 2, 'x', 42);
