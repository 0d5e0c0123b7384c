/*---
description: ?omitFunctions=1 (SPEC A1 option) leaves the module's functions out; types and consts stay
flags: [module]
timeout: 90
---*/
const e = await import('./abandon.zig?omitFunctions=1');
assert.sameValue(e.add, undefined, 'omitFunctions leaves functions out');
assert.sameValue(e.five, undefined, 'omitFunctions leaves functions out');
assert.sameValue(e.default.v, 1, 'variables stay');
