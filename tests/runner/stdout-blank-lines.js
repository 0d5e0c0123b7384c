/*---
description: expected_stdout keeps blank lines and trailing spaces exactly
expected_stdout: |
  first line

  indented below:
    two spaces in
  trailing spaces here:   
  last
---*/
print('first line');
print('');
print('indented below:');
print('  two spaces in');
print('trailing spaces here:   ');
print('last');
