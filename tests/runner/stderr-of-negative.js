/*---
description: A negative test may also check the report on stderr
negative:
  phase: runtime
  type: Error
expected_stderr_contains: distinctive message 1234
---*/
throw new Error('distinctive message 1234');
