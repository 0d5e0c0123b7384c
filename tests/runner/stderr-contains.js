/*---
description: expected_stderr_contains checks a substring of standard error
expected_stderr_contains: 'warning: careful'
---*/
console.error('warning: careful now');
