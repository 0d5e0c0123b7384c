/*---
description: expected_exit checks a deliberate exit status
expected_exit: 3
expected_stdout: |
  about to exit
---*/
print('about to exit');
process.exit(3);
print('not reached');
