/*---
description: a slice returned into Zig memory (.data) is a live view carrying Symbol(zig); []const from Zig is read-only except through typedArray
flags: [module]
includes: [compareArray.js]
---*/
import { tableSlice, tableSum, constTable, subslice } from './slices.zig';

const t = tableSlice();
assert.compareArray(t.valueOf(), [10, 20, 30, 40]);
t[0] = 1;
assert.sameValue(tableSum(), 91, 'a JS write reaches the Zig variable');
const syms = Object.getOwnPropertySymbols(t.dataView).map(String);
assert(syms.includes('Symbol(zig)'), 'the DataView over Zig memory carries Symbol(zig)');
const zsym = Object.getOwnPropertySymbols(t.dataView).find((s) => String(s) === 'Symbol(zig)');
const tag = t.dataView[zsym];
assert.sameValue(typeof tag.address, 'bigint');
assert.sameValue(tag.len, 16);
assert.sameValue(tableSlice().dataView.buffer, t.dataView.buffer, 'two pointers into one block share one ArrayBuffer');
const c = constTable();
assert.sameValue(c[0], 1);
let e;
try { c[0] = 5; } catch (err) { e = err; }
assert(e instanceof TypeError, 'writing a []const element: TypeError');
assert.sameValue(e.message, 'Unable to modify read-only object');
c.typedArray[1] = 2;
assert.sameValue(tableSum(), 1 + 2 + 30 + 40, 'typedArray aliases even a const slice');
const sub = subslice(t, 1, 3);
assert.compareArray(sub.valueOf(), [2, 30]);
sub[1] = 3;
assert.sameValue(t[2], 3, 'a subslice shares the block');
