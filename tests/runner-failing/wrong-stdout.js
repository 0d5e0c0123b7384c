/*---
description: Prints something other than expected
flags: [noStrict]
expected_stdout: |
  same
  goodbye
---*/
print('same');
print('hello');
