/*---
description: print converts its argument to a string and ends the line
expected_stdout: |
  1
  true
  undefined
  [object Object]
---*/
print(1);
print(true);
print(undefined);
print({});
