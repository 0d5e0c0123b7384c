/*---
description: A module test imports a fixture beside it
flags: [module]
---*/
import value, { present, double } from './module_FIXTURE.js';
import * as ns from './module_FIXTURE.js';
assert.sameValue(value, 'default export');
assert.sameValue(present, 1);
assert.sameValue(double(21), 42);
assert.sameValue(ns.present, 1);
assert.sameValue(Object.prototype.toString.call(ns), '[object Module]');
