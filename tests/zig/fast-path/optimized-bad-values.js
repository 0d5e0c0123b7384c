/*---
description: once a call site is optimised (V8 Fast API), bad values still throw the precise args[N] error - no truncation, no wrap, no crash
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { addI32, addU32, mulF64, halfF32, pick, echoU8, echoI16 } from './fast.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

function callI32(a, b) { return addI32(a, b); }
function callU32(a, b) { return addU32(a, b); }
function callF64(a, b) { return mulF64(a, b); }
function callF32(a) { return halfF32(a); }
function callPick(c, a, b) { return pick(c, a, b); }
function callU8(a) { return echoU8(a); }
function callI16(a) { return echoI16(a); }
const hot = [
  [callI32, [1, 2], 3], [callU32, [1, 2], 3], [callF64, [1.5, 2], 3], [callF32, [3], 1.5],
  [callPick, [true, 1, 2], 1], [callU8, [200], 200], [callI16, [-300], -300],
];
for (const [f, args, r] of hot) {
  %PrepareFunctionForOptimization(f);
  for (let i = 0; i < 5; i++) assert.sameValue(f(...args), r);
  %OptimizeFunctionOnNextCall(f);
  assert.sameValue(f(...args), r, f.name + ' optimised');
}
const wrap = (f) => { const g = (...a) => f(...a); Object.defineProperty(g, 'name', { value: f.name }); return g; };
for (const v of [1.5, 2 ** 31, -(2 ** 31) - 1, NaN, Infinity, 'x', true, null, undefined, {}, 3n ** 40n]) {
  expectArgError(callI32, [1, v], 1, 'i32');
}
for (const v of [-1, 2 ** 32, 0.5, 'x', false, null]) {
  expectArgError(callU32, [v, 1], 0, 'u32');
}
for (const v of ['1.5', true, null, undefined, {}, Symbol('s')]) {
  expectArgError(callF64, [2, v], 1, 'f64');
  expectArgError(callF32, [v], 0, 'f32');
}
for (const v of ['yes', undefined, null, {}]) {
  expectArgError(callPick, [v, 1, 2], 0, 'bool');
}
for (const v of [256, -1, 1.25, '7']) expectArgError(callU8, [v], 0, 'u8');
for (const v of [32768, -32769, 0.1, '7']) expectArgError(callI16, [v], 0, 'i16');
assert.sameValue(callI32(2, 3), 5, 'still works');
assert.sameValue(callI32(2147483647, 1), -2147483648, 'Zig wraps with +%');
assert.sameValue(callU32(4294967295, 1), 0);
assert.sameValue(callF32(0.1), Math.fround(Math.fround(0.1) / 2));
