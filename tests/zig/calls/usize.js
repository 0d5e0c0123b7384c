/*---
description: usize/isize read as numbers while within 2^53, as bigints beyond
flags: [module]
---*/
import { sizes, bigUsize, minIsize } from './calls.zig';

assert.sameValue(sizes(5, -3), 2);
assert.sameValue(typeof sizes(5, -3), 'number');
assert.sameValue(sizes(2 ** 53 - 1, 0), 2 ** 53 - 1);
assert.sameValue(sizes(2 ** 53, 0), 2n ** 53n, 'beyond 2^53: a bigint');
assert.sameValue(sizes(0, -(2 ** 53) + 1), -(2 ** 53) + 1);
assert.sameValue(bigUsize(), 2n ** 64n - 1n);
assert.sameValue(minIsize(), -(2n ** 63n));
assert.sameValue(sizes(3n, 4n), 7, 'bigint arguments accepted');
