/*---
description: An empty expected_stdout means nothing may be printed
expected_stdout: ''
---*/
assert(true);
