/*---
description: arrays of u64 (bigint elements), of structs, of arrays, of bool, sentinel arrays, and arrays as struct fields
flags: [module]
includes: [compareArray.js]
---*/
import { makeBig, sumBig, makePoints, sumPoints, makeGrid, gridSum, Holder, holderSum, sentinel, boolArray, Points } from './arrays.zig';

const b = makeBig();
assert.compareArray(b.valueOf(), [1n, 18446744073709551615n, 0n]);
assert.sameValue(sumBig(b), 18446744073709551616n);
assert.sameValue(sumBig([1, 2, 3]), 6n, 'numbers accepted for u64 elements');
const p = makePoints();
assert.sameValue(p[1].y, 4);
assert.sameValue(sumPoints(p), 10);
assert.sameValue(sumPoints([{ x: 1, y: 1 }, { x: 1, y: 1 }]), 4);
p[0].x = 100;
assert.sameValue(sumPoints(p), 109);
assert.sameValue(p[0], p[0], 'element objects are cached');
assert.sameValue(JSON.stringify(new Points([{ x: 0, y: 1 }, { x: 2, y: 3 }]).valueOf()), '[{"x":0,"y":1},{"x":2,"y":3}]');
const g = makeGrid();
assert.sameValue(g[1][2], -3);
assert.sameValue(JSON.stringify(g.valueOf()), '[[1,2,3],[-1,-2,-3]]');
assert.sameValue(gridSum(g), 0);
g[1][2] = 3;
assert.sameValue(gridSum(g), 6);
assert.sameValue(gridSum([[1, 1, 1], [1, 1, 1]]), 6);
const h = new Holder({});
assert.compareArray(h.vals.valueOf(), [7, 8, 9]);
assert.sameValue(h.name.string, 'abcd');
assert.sameValue(holderSum(h), 24);
h.vals = [1, 1, 1];
assert.sameValue(holderSum(h), 3);
h.vals[2] = 10;
assert.sameValue(holderSum(h), 12);
const s = sentinel();
assert.sameValue(s.length, 3);
assert.sameValue(s.string, 'abc');
assert.compareArray(boolArray().valueOf(), [true, false, true]);
