/*---
description: process.env reads the environment; writes are strings and reach the C environment
flags: [module]
---*/
process.env.ZIGAR_TEST_VALUE = 42;
assert.sameValue(process.env.ZIGAR_TEST_VALUE, '42');
delete process.env.ZIGAR_TEST_VALUE;
assert.sameValue(process.env.ZIGAR_TEST_VALUE, undefined);
assert.sameValue('HOME' in process.env || 'PATH' in process.env, true);
