/*---
description: proxies, throwing getters, getters with side effects, objects with valueOf / Symbol.toPrimitive, shared and resizable buffers - an error or a sensible value, never a crash
flags: [module]
---*/
import { sumPoint, echoI32, echoU64, sum, sumF64, fill } from './hostile.zig';

const boom = new Error('boom');
const throwing = { get x() { throw boom; }, y: 1 };
let e;
try { sumPoint(throwing); } catch (x) { e = x; }
assert.sameValue(e, boom, 'a getter exception propagates as is');
assert.sameValue(sumPoint(new Proxy({ x: 1, y: 2 }, {})), 3, 'a Proxy of a plain object');
let reads = 0;
assert.sameValue(sumPoint({ get x() { reads++; return 5; }, y: 5 }), 10);
assert(reads >= 1);
for (const v of [{ valueOf() { return 3; } }, { [Symbol.toPrimitive]() { return 3; } }, new Number(3), Object(3n)]) {
  let r, err;
  try { r = echoI32(v); } catch (x) { err = x; }
  assert(err instanceof TypeError || r === 3, 'wrapper/valueOf objects: a TypeError or 3');
  if (err) assert(err.message.includes('args[0]'), err.message);
}
const sab = new SharedArrayBuffer(4);
new Uint8Array(sab).set([1, 2, 3, 4]);
let r;
e = undefined;
try { r = sum(new Uint8Array(sab)); } catch (x) { e = x; }
assert(e instanceof TypeError || r === 10, 'a SharedArrayBuffer view: a TypeError or shared');
const rab = new ArrayBuffer(16, { maxByteLength: 64 });
if (typeof rab.resize === 'function') { // resizable buffers, where V8 has them
  const f64 = new Float64Array(rab);
  f64[0] = 1.5; f64[1] = 2.5;
  assert.sameValue(sumF64(f64), 4, 'a length-tracking view of a resizable buffer');
  rab.resize(8);
  assert.sameValue(sumF64(f64), 1.5, 'after shrinking');
}
const big = new Uint8Array(1 << 20);
fill(big, 2);
assert.sameValue(sum(big), 2 * (1 << 20));
assert.sameValue(sum('x'.repeat(100000)), 120 * 100000);
e = undefined;
try { echoU64(2n ** 10000n); } catch (x) { e = x; }
assert(e instanceof TypeError, 'a huge bigint');
