/*---
description: static imports of relative paths, default and named exports, re-exports
flags: [module]
---*/
import hello, { name, b } from './fixtures/a_FIXTURE.js';
import * as ns from './fixtures/a_FIXTURE.js';
assert.sameValue(hello(), 'hello from a');
assert.sameValue(name, 'a');
assert.sameValue(b, 'b');
assert.sameValue(ns.default, hello);
assert.sameValue(Object.prototype.toString.call(ns), '[object Module]');
