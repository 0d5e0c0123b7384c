/*---
description: zig fast slices - typed arrays of other element types and values that are not typed arrays get exactly what unoptimised calls get (converted copies or the same args[i] errors), and the call site stays optimised
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 120
---*/
import { sumF64, sumI32, sumU64, fill, negate, axpy, oddBytes } from './slices.zig?optimize=ReleaseFast';
import { hot, cold, isOptimised, outcome } from './sites_FIXTURE.js';

// fresh values each time (mutable slices may change them)
const others = () => [
  new Float32Array([1.5, 2]), new Int32Array([1, 2, 3]), new Uint32Array([7]), new Int16Array([1, -1]),
  new Uint8Array([1, 2, 3]), new Uint8ClampedArray([9]), new Int8Array([-1]), new Uint16Array([5]),
  new BigInt64Array([3n]), new BigUint64Array([4n]), new Float64Array([1, 2.25]),
  [1, 2, 3.5], [], [1n], ['a'], 'abc', '', 5, 0, NaN, true, null, undefined, {}, { length: 2, 0: 1, 1: 2 },
  new DataView(new ArrayBuffer(16)), new DataView(new ArrayBuffer(12)), new ArrayBuffer(24), new ArrayBuffer(5),
  new Float64Array(new SharedArrayBuffer(16)), new Int32Array(new SharedArrayBuffer(8)),
  Symbol('s'), () => 1, 10n, oddBytes(),
];
const describe = (v) => {
  try {
    return typeof v === 'symbol' ? 'symbol' : Array.isArray(v) ? `[${v}]` : `${Object.prototype.toString.call(v)} ${v}`;
  } catch {
    return '?';
  }
};

function compare(f, warm, place, build, slice = true) {
  const h = hot(f, warm);
  const c = cold(f);
  const n = others().length;
  for (let k = 0; k < n; k++) {
    const hv = others()[k], cv = others()[k];
    const hotArgs = build(hv), coldArgs = build(cv);
    const expected = outcome(() => c(...coldArgs));
    assert.sameValue(outcome(() => h(...hotArgs)), expected, `${f.name}: ${describe(cv)} as args[${place}]`);
    // what the call did to the value (mutable slices: copies do not flow back)
    if (ArrayBuffer.isView(cv) && !(cv instanceof DataView)) {
      assert.sameValue(String(hv), String(cv), `${f.name}: ${describe(cv)} afterwards`);
    }
  }
  // a slice parameter: V8 calls the classic callback for the other values;
  // a number parameter: V8 deoptimises on non-numbers (its usual checks)
  if (slice) assert(isOptimised(h), `${f.name}: still optimised after the other values as args[${place}]`);
}

compare(sumF64, [[new Float64Array(20)]], 0, (v) => [v]);
compare(sumI32, [[new Int32Array(20)]], 0, (v) => [v]);
compare(sumU64, [[new BigUint64Array(20)]], 0, (v) => [v]);
compare(fill, [[new Float64Array(20), 1]], 0, (v) => [v, 3]);
compare(negate, [[new Int32Array(20)]], 0, (v) => [v]);
compare(axpy, [[1, new Float64Array(20), new Float64Array(20)]], 1, (v) => [1, v, new Float64Array(2)]);
compare(axpy, [[1, new Float64Array(20), new Float64Array(20)]], 2, (v) => [1, new Float64Array([1, 2]), v]);
// a bad scalar next to good slices
compare(axpy, [[1, new Float64Array(20), new Float64Array(20)]], 0,
  (v) => [v, new Float64Array([1, 2]), new Float64Array(2)], false);

// a few exact expectations
const e = outcome(() => hot(sumF64, [[new Float64Array(20)]])('abc'));
assert(/^TypeError: args\[0\]: /.test(e), e);
const i32 = new Int32Array([1, 2, 3]);
assert.sameValue(hot(sumF64, [[new Float64Array(20)]])(i32), 6, 'converted');
const hf = hot(fill, [[new Float64Array(20), 1]]);
hf(i32, 9);
assert.sameValue(i32.join(), '1,2,3', 'changes to a converted copy do not flow back');
