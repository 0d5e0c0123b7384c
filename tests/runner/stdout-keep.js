/*---
description: A |+ block keeps its trailing blank lines
expected_stdout: |+
  text


---*/
print('text');
print('');
print('');
