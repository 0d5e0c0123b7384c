/*---
description: process.stdout.write writes without a newline and takes strings and bytes
flags: [module]
expected_stdout: |
  ab
  cd
---*/
process.stdout.write('a');
process.stdout.write('b\n');
process.stdout.write(new TextEncoder().encode('cd\n'));
