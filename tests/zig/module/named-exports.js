/*---
description: named exports are the pub consts (values, types, functions); pub vars and private declarations are not named exports; default and __zigar exist
flags: [module]
includes: [compareArray.js]
---*/
import * as ns from './module.zig';

const keys = Object.keys(ns).sort();
for (const k of ['Point', 'answer', 'big', 'pi', 'origin', 'table', 'greeting', 'getCounter', 'add', 'default', '__zigar']) {
  assert(keys.includes(k), 'exports ' + k);
}
for (const k of ['counter', 'total', 'where', 'hidden', 'private']) {
  assert(!keys.includes(k), 'does not export ' + k);
}
assert.sameValue(ns.answer, 42);
assert.sameValue(ns.big, 1n << 60n);
assert.sameValue(ns.pi, 3.25);
assert.sameValue(ns.origin.x, 1);
assert.sameValue(ns.origin.y, 2);
assert(Object.isFrozen(ns.origin) || (() => { try { ns.origin.x = 5; } catch (e) { return e instanceof TypeError; } return ns.origin.x === 1; })(), 'a pub const struct is read-only');
assert.compareArray(ns.table.valueOf(), [1, 2, 3]);
assert.sameValue(ns.greeting.string, 'hi');
assert.sameValue(typeof ns.add, 'function');
assert.sameValue(ns.add.name, 'add');
assert.sameValue(ns.add.length, 2);
assert.sameValue(ns.add(2, 3), 5);
assert.sameValue(ns.withAlloc.length, 1, 'the allocator parameter is not counted');
assert.sameValue(ns.ct_int, 1234);
assert.sameValue(ns.ct_float, 1.5);
assert.sameValue(ns.literal, 'some_tag', 'an enum literal as a string');
