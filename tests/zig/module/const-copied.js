/*---
description: a pub const without pointers is copied into JS memory and frozen at load (no Symbol(zig)); writes are refused
flags: [module]
---*/
import { origin, table } from './module.zig';

const syms = Object.getOwnPropertySymbols(origin.dataView).map(String);
assert(!syms.includes('Symbol(zig)'), 'origin is in JS memory');
let e;
try { origin.x = 9; } catch (err) { e = err; }
assert(e instanceof TypeError, 'writing a field of a pub const throws');
assert.sameValue(origin.x, 1);
e = undefined;
try { table[0] = 9; } catch (err) { e = err; }
assert(e instanceof TypeError, 'writing an element of a pub const array throws');
assert.sameValue(table[0], 1);
