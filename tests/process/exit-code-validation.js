/*---
description: process.exitCode and process.exit validate their argument like Node
flags: [module]
---*/
assert.throws(TypeError, () => { process.exitCode = 'abc'; });
assert.throws(RangeError, () => { process.exitCode = 1.5; });
process.exitCode = '0';
assert.sameValue(process.exitCode, 0);
assert.throws(TypeError, () => process.exit({}));
