/*---
description: stderr lacks the expected text
flags: [noStrict]
expected_stderr_contains: text that is never printed
---*/
console.error('something else');
