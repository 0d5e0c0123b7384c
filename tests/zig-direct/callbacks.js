/*---
description: direct calls - while a JS function pointer is alive (made by any module) direct functions run through the classic callback, so Zig may call JS (and JS may call them again); once none is alive optimised calls go straight into Zig again; calls made while arguments are converted (getters) get what unoptimised calls get
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 240
---*/
import * as m from './direct.zig?optimize=ReleaseFast';
import { addressOf, release, __zigar as holder } from './holder.zig?optimize=ReleaseFast';
import { hotter, cold, outcome, classicCalls } from './sites_FIXTURE.js';

const { Point, Handle } = m;
const p = new Point({ x: 1.5, y: 2.5 });
const values = new Float64Array([1, 2, 3]);
// every function once first (see memory.js)
m.sumPoint(p); m.dist2(p, p); m.withSlice(p, values); m.scale(new Point({ x: 1, y: 1 }), 1);

// a getter calling the same functions while the outer call converts its
// argument (the general path, a struct of its own for the inner calls)
const reentrant = () => m.sumPoint({ get x() { return m.sumPoint(p) + m.dist2(p, { x: 0, y: 0 }); }, y: 10 });
const nested = () => m.dist2({ x: m.sumPoint(p), get y() { return m.withSlice(p, values); } }, p);
const expected = [outcome(() => cold(reentrant)()), outcome(() => cold(nested)())];
assert.sameValue(expected[0], `value ${4 + 8.5 + 10}`);

const hs = hotter(m.sumPoint, [[p]]);
const hd = hotter(m.dist2, [[p, p]]);
const hr = hotter(reentrant, [[]]);
const hn = hotter(nested, [[]]);
let start = classicCalls(m);
for (let i = 0; i < 100; i++) {
  assert.sameValue(hs(p), 4);
  assert.sameValue(outcome(hr), expected[0]);
  assert.sameValue(outcome(hn), expected[1]);
}
assert.sameValue(classicCalls(m) - start, 0, 'no JS function pointer: direct');

// a JS function pointer (another module's): direct functions take the
// classic callback, and Zig may call JS from them
let inner = 0;
const address = addressOf((x) => {
  inner = hs(p) + hd(p, p);
  return x + 1;
});
assert.sameValue(holder.stats().closures, 1);
const handle = new Handle({ address });
const hv = hotter(m.callVia, [[handle, 1]]);
start = classicCalls(m);
for (let i = 0; i < 100; i++) {
  assert.sameValue(hs(p), 4);
  assert.sameValue(hv(handle, i), i + 1);
}
assert.sameValue(inner, 4);
// each hv call: itself, and the two calls its JS function makes
assert.sameValue(classicCalls(m) - start, 100 * 4, 'a JS function pointer alive: classic');

// released: the first call notices (classic), the rest are direct again
release(address);
assert.sameValue(holder.stats().closures, 0);
assert.sameValue(hs(p), 4);
start = classicCalls(m);
for (let i = 0; i < 100; i++) {
  assert.sameValue(hs(p), 4);
  assert.sameValue(hd(p, p), 0);
}
assert.sameValue(classicCalls(m) - start, 0, 'none alive: direct again');
