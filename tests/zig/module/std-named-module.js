/*---
description: a module whose file name matches a std namespace (math.zig, fmt.zig) still exports its declarations
flags: [module]
---*/
import * as math from './math.zig';
import * as fmt from './fmt.zig';

assert.sameValue(typeof math.add, 'function', 'math.zig exports add');
assert.sameValue(math.add(2, 3), 5);
assert.sameValue(math.default.count, 3);
assert.sameValue(new math.Pair({ a: 1, b: 2 }).b, 2);
assert.sameValue(fmt.twice(21), 42, 'fmt.zig exports twice');
