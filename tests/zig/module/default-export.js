/*---
description: the default export is the module's namespace class - a function named after the module that throws when called; it has the consts and functions as statics
flags: [module]
---*/
import mod, * as ns from './module.zig';

assert.sameValue(typeof mod, 'function');
assert.throws(TypeError, () => mod(), 'calling it throws');
assert.sameValue(ns.default, mod);
assert.sameValue(mod.getCounter, ns.getCounter);
assert.sameValue(mod.origin, ns.origin);
