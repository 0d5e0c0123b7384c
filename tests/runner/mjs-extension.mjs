/*---
description: .mjs files are tests too (the module flag still decides how they run)
flags: [module]
---*/
export const x = 1;
assert.sameValue(x, 1);
