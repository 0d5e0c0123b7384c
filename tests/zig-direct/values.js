/*---
description: direct calls - optimised calls of functions taking numbers, structs, unions, arrays and vectors by value and pointers go straight into Zig's direct entry (the classic callback is not called) and give what unoptimised calls give, for every parameter and result kind
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 240
---*/
import * as m from './direct.zig?optimize=ReleaseFast';
import { hotter, cold, isOptimised, outcome, classicCalls } from './sites_FIXTURE.js';

const { Point, Mixed, Bytes3, Shape, Bits, Vec4, Five, Three, Big, Wide } = m;
const classic = () => classicCalls(m);

const p = new Point({ x: 1.5, y: 2.5 });
const q = new Point({ x: -4, y: 0.25 });
const mixed = new Mixed({ a: 200, b: -300, c: 0.5, d: true, e: 2 ** 40, f: -7, g: [1, 2, 3], h: 'blue' });
const mixed2 = new Mixed({ a: 0, b: 32767, c: -1e-3, d: false, e: 0, f: 2 ** 31 - 1, g: [255, 0, 9], h: 'red' });
const big = new Big({ v: Array.from({ length: 64 }, (_, i) => i / 4) });
const cases = {
  sumPoint: [[p], [q], [new Point({ x: 1e308, y: 1e308 })], [new Point({ x: NaN, y: 1 })]],
  dist2: [[p, q], [q, p], [p, p]],
  mixed: [[mixed], [mixed2]],
  sumBytes: [[new Bytes3({ a: 1, b: 2, c: 250 })], [new Bytes3({ a: 200, b: 100, c: 0 })]],
  area: [[new Shape({ circle: 2 })], [new Shape({ square: 1.5 })], [new Shape({ none: undefined })]],
  bitsOf: [[new Bits({ float: 1 })], [new Bits({ int: 0xfffffffe })]],
  sumArray: [[new Five([1, 2, 3, 4, 5])], [new Five([2 ** 31 - 1, 1, 0, 0, -5])]],
  sumPoints: [[new Three([{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: -1, y: 0.5 }])]],
  dot: [[new Vec4([1, 2, 3, 4]), new Vec4([0.5, 0.25, -1, 2])]],
  bigSum: [[big]],
  wideSum: [[new Wide({ x: 2.5, y: 7 })]],
  numbers: [
    [p, -128, 255, -32768, 65535, -(2 ** 31), 2 ** 32 - 1, 0.1],
    [q, 127, 0, 32767, 0, 2 ** 31 - 1, 2 ** 31, -3.4e38],
    [p, -0, -0, -0, -0, -0, -0, -0],
    [p, 1, 2, 3, 4, 5, 6, 1e40],
  ],
  flagged: [[p, true, 2], [p, false, 0.5]],
  asI8: [[new Point({ x: -3, y: 0 })], [new Point({ x: 200, y: 0 })]],
  asU8: [[new Point({ x: 250, y: 0 })], [new Point({ x: -1, y: 0 })]],
  asI16: [[new Point({ x: -30000, y: 0 })], [new Point({ x: 40000, y: 0 })]],
  asU16: [[new Point({ x: 65535, y: 0 })], [new Point({ x: -2, y: 0 })]],
  asI32: [[new Point({ x: -(2 ** 31), y: 0 })], [new Point({ x: 2 ** 31, y: 0 })]],
  asU32: [[new Point({ x: 2 ** 32 - 1, y: 0 })], [new Point({ x: 2 ** 31, y: 0 })]],
  asF32: [[new Point({ x: 0.1, y: 0 })], [new Point({ x: 1e300, y: 0 })]],
  isOrigin: [[p], [new Point({ x: 0, y: 0 })], [new Point({ x: -0, y: 0 })]],
  asCInt: [[p, 3], [new Point({ x: 2 ** 30, y: 0 }), 4]],
  norm1: [[p], [q]],
  changeCopy: [[p]],
};
// some answers spelled out
const known = {
  sumPoint: ['value 4', 'value -3.75', 'value Infinity', 'value NaN'],
  mixed: [`value ${200 - 300 + 0.5 + 1000 + 2 ** 40 - 7 + 6 + 2}`, `value ${32767 - 0.0010000000474974513 - 1000 + 2 ** 31 - 1 + 264}`],
  sumBytes: ['value 253', 'value 44'],
  area: ['value 12', 'value 2.25', 'value -1'],
  bitsOf: ['value 1065353216', 'value 4294967294'],
  asI8: ['value -3', 'value -56'],
  asU32: ['value 4294967295', 'value 2147483648'],
  isOrigin: ['value false', 'value true', 'value true'],
};

// The general path's answers: the same values as plain JS objects and arrays
// (which a direct call refuses); an extern union takes one field.
const plain = (v) => (v !== null && typeof v === 'object' && v.valueOf() !== v ? v.valueOf() : v);
const generalArgs = { bitsOf: [[{ float: 1 }], [{ int: 0xfffffffe }]] };

for (const [name, calls] of Object.entries(cases)) {
  const f = m[name];
  const c = cold(f);
  const expected = calls.map((args) => outcome(() => c(...args)));
  if (known[name]) assert.sameValue(expected.join(), known[name].join(), name);
  const viaGeneral = generalArgs[name] || calls.map((args) => args.map(plain));
  viaGeneral.forEach((args, k) => {
    assert.sameValue(outcome(() => c(...args)), expected[k], `${name}(${k}): as the general path`);
  });
  const before = classic();
  calls.forEach((args) => c(...args));
  assert.sameValue(classic() - before, calls.length, `${name}: unoptimised calls take the classic callback`);
  const generalBefore = classic();
  viaGeneral.forEach((args) => c(...args));
  assert.sameValue(classic() - generalBefore, 0, `${name}: plain values take the general path`);
  const h = hotter(f, calls);
  const start = classic();
  for (let i = 0; i < 50; i++) {
    calls.forEach((args, k) => assert.sameValue(outcome(() => h(...args)), expected[k], `${name}(${k})`));
  }
  assert.sameValue(classic() - start, 0, `${name}: optimised calls go straight into Zig`);
  assert(isOptimised(h), `${name}: still optimised`);
}

// a void result
const hr = hotter(m.remember, [[p]]);
const start = classic();
hr(q);
assert.sameValue(hr(q), undefined);
assert.sameValue(m.remembered(), -1);
assert.sameValue(classic() - start, 0, 'remember: direct');

// methods: tests/zig-direct/methods.js (a process of their own)
