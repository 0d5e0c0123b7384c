/*---
description: omitFunctions leaves out methods and container functions too, omitVariables container vars too; consts and types stay
flags: [module]
timeout: 90
---*/
const f = await import('./omit.zig?omitFunctions=1');
assert.sameValue(f.add, undefined);
assert.sameValue(f.S.get, undefined, 'a method is a function too');
assert.sameValue(new f.S({ n: 3 }).get, undefined);
assert.sameValue(f.S.count, 2, 'variables stay');
assert.sameValue(f.S.k, 9);
assert.sameValue(f.default.top, 1);

const v = await import('./omit.zig?omitVariables=1');
assert.sameValue(v.add(1, 2), 3, 'functions stay');
assert.sameValue(new v.S({ n: 3 }).get(), 3);
assert.sameValue('count' in v.S, false, 'a container var is left out');
assert.sameValue(v.S.k, 9, 'consts stay');
assert.sameValue('top' in v.default, false);
