/*---
description: process.exitCode is the exit status when the loop ends; exit listeners run
flags: [module]
expected_exit: 3
expected_stdout: |
  set
  exit event 3
---*/
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => { process.exitCode = 3; console.log('set'); }, 1);
