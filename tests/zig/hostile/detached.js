/*---
description: a detached ArrayBuffer (or a view on one) given to a slice, pointer or cast is a TypeError, never a crash
flags: [module]
---*/
import { sum, fill, movePoint, Point } from './hostile.zig';

function detached(n) {
  const ab = new ArrayBuffer(n);
  $262.detachArrayBuffer(ab);
  return ab;
}
const ab = detached(8);
const u8 = new Uint8Array(new ArrayBuffer(4));
$262.detachArrayBuffer(u8.buffer);
for (const v of [ab, u8, new DataView(new ArrayBuffer(8))]) {
  if (v instanceof DataView) $262.detachArrayBuffer(v.buffer);
  let r, e;
  try { r = sum(v); } catch (x) { e = x; }
  assert(e instanceof TypeError || r === 0, 'sum(detached): a TypeError or an empty slice, got ' + r + ' ' + e);
  e = undefined;
  try { fill(v, 1); } catch (x) { e = x; }
  assert(e === undefined || e instanceof TypeError, 'fill(detached)');
}
let e;
try { movePoint(detached(8)); } catch (x) { e = x; }
assert(e instanceof TypeError, '*Point given a detached buffer: ' + e);
e = undefined;
try { Point(detached(8)); } catch (x) { e = x; }
assert(e instanceof TypeError, 'casting a detached buffer: ' + e);
