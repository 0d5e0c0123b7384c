/*---
description: console.count and countReset
expected_stdout: |
  default: 1
  default: 2
  label: 1
  default: 1
  label: 2
  label: 1
---*/
console.count();
console.count();
console.count('label');
console.countReset();
console.count();
console.count('label');
console.countReset('label');
console.count('label');
