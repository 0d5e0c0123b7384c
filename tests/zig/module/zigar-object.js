/*---
description: __zigar.sizeOf / alignOf / typeOf
flags: [module]
---*/
import { __zigar, Point } from './module.zig';
import * as ns from './module.zig';

assert.sameValue(__zigar.sizeOf(Point), 8);
assert.sameValue(__zigar.alignOf(Point), 4);
assert.sameValue(__zigar.typeOf(Point), 'struct');
assert.sameValue(typeof __zigar.abandon, 'function');
