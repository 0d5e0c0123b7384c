/*---
description: ?omit_variables=1 (SPEC A1 option, snake_case) leaves pub vars out of default; functions stay
flags: [module]
timeout: 90
---*/
const f = await import('./abandon.zig?omit_variables=1');
assert.sameValue(f.default.v, undefined, 'omitVariables leaves vars out');
assert.sameValue('v' in f.default, false);
assert.sameValue(f.add(1, 2), 3, 'functions stay');
