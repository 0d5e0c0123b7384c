/*---
description: arguments objects
expected_stdout: |
  [Arguments] { '0': 1, '1': 'two' }
  [Arguments] {}
---*/
function args() { return arguments; }
console.log(args(1, 'two'));
console.log(args());
