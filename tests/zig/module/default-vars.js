/*---
description: default's static accessors read and write pub vars in Zig memory; Zig sees JS writes at once and JS sees Zig's
flags: [module]
---*/
import mod, { getCounter, bumpCounter, getTotal, getRatio, getFlag, whereSum, nameFirst, answer, Point, add } from './module.zig';

assert.sameValue(typeof mod, 'function');
assert.sameValue(mod.counter, 10);
mod.counter = 20;
assert.sameValue(getCounter(), 20, 'Zig sees the JS write');
bumpCounter();
assert.sameValue(mod.counter, 21, 'JS sees the Zig write');
mod.total = 2n ** 63n;
assert.sameValue(getTotal(), 2n ** 63n);
mod.total = 5;
assert.sameValue(getTotal(), 5n);
mod.ratio = 0.25;
assert.sameValue(getRatio(), 0.25);
mod.flag = true;
assert.sameValue(getFlag(), true);
assert.sameValue(mod.where.x, 3);
mod.where.x = 10;
assert.sameValue(whereSum(), 14, 'a field write on the struct var reaches Zig');
mod.where = { x: 1, y: 1 };
assert.sameValue(whereSum(), 2, 'assigning the whole struct var');
assert.sameValue(mod.name.string, 'zigzag!!');
mod.name.string = 'ZIGZAG!!';
assert.sameValue(nameFirst(), 90);
const syms = Object.getOwnPropertySymbols(mod.where.dataView).map(String);
assert(syms.includes('Symbol(zig)'), 'pub var data lives in Zig memory');
assert.sameValue(mod.answer, answer, 'default has the consts too');
assert.sameValue(mod.Point, Point);
assert.sameValue(mod.add, add);
assert.throws(TypeError, () => { mod.counter = 'x'; }, 'bad value for a pub var');
assert.throws(TypeError, () => { mod.counter = 2 ** 31; }, 'out of range for a pub var');
assert.sameValue(getCounter(), 21, "failed writes left the var alone");
