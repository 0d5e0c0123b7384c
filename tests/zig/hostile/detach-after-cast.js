/*---
description: an object cast from a buffer that is later detached throws a TypeError on use (no crash, no stale memory)
flags: [module]
---*/
import { sumPoint, movePoint, sum, Point } from './hostile.zig';

const ab = new ArrayBuffer(8);
const p = Point(ab);
p.x = 1;
assert.sameValue(sumPoint(p), 1);
$262.detachArrayBuffer(ab);
for (const f of [() => p.x, () => { p.x = 2; }, () => sumPoint(p), () => movePoint(p), () => p.valueOf()]) {
  let e;
  try { f(); } catch (x) { e = x; }
  assert(e instanceof TypeError, 'use after detach: ' + e);
}
