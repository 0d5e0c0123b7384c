/*---
description: direct calls - after __zigar.abandon() optimised calls throw "Module was abandoned" as unoptimised ones do, also when the module is abandoned while the call converts its arguments (a proxy's trap); other modules' direct calls go on
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 240
---*/
import * as a from './direct.zig?optimize=ReleaseFast';
import * as b from './again.zig?optimize=ReleaseFast';
import { hotter, cold, outcome, classicCalls } from './sites_FIXTURE.js';

const abandoned = 'Error: Module was abandoned';
const p = new a.Point({ x: 1.5, y: 2.5 });
const q = new b.Point({ x: 1, y: 2 });
const target = new b.Point({ x: 1, y: 1 });
// every function once first (see memory.js)
a.sumPoint(p); a.dist2(p, p); a.scale(new a.Point({ x: 1, y: 1 }), 1); a.numbers(p, 1, 2, 3, 4, 5, 6, 7);
b.sumPoint(q); b.scale(target, 1);
// a proxy of a Point: passes as one (its traps run while the call converts it)
let armed = false;
const trap = new Proxy(new b.Point({ x: 5, y: 6 }), {
  get(t, key) {
    if (armed) {
      armed = false;
      b.__zigar.abandon();
    }
    return Reflect.get(t, key);
  },
});

const hbs = hotter(b.sumPoint, [[q], [trap]]);
const hbsc = hotter(b.scale, [[target, 1]]);

// b, while a call converts its argument
assert.sameValue(hbs(q), 3);
armed = true;
assert.sameValue(outcome(() => hbs(trap)), abandoned);
assert.sameValue(armed, false, 'the trap ran');
assert.sameValue(b.__zigar.released(), true);
// and afterwards, optimised and not
for (const call of [() => hbs(q), () => hbsc(target, 2), () => cold(b.sumPoint)(q), () => cold(b.scale)(target, 2)]) {
  assert.sameValue(outcome(call), abandoned);
}
assert.sameValue(target.x, 1, 'nothing ran');
assert.sameValue(outcome(() => b.sumPoint(5)), abandoned, 'before argument errors');

// a is not abandoned: its calls are still direct (optimised after b's
// abandon, which made V8 drop code that took "not abandoned" for a constant)
const origin = new a.Point({ x: 0, y: 0 });
const hs = hotter(a.sumPoint, [[p]]);
const hd = hotter(a.dist2, [[p, p], [p, origin]]);
const hsc = hotter(a.scale, [[new a.Point({ x: 1, y: 1 }), 1]]);
const hn = hotter(a.numbers, [[p, 1, 2, 3, 4, 5, 6, 7]]);
const start = classicCalls(a);
assert.sameValue(hs(p), 4);
assert.sameValue(hd(p, origin), 1.5 ** 2 + 2.5 ** 2);
assert.sameValue(hn(p, 1, 2, 3, 4, 5, 6, 7), 32);
assert.sameValue(classicCalls(a) - start, 0, 'a: direct');

a.__zigar.abandon();
for (const call of [() => hs(p), () => hd(p, p), () => hsc(p, 2), () => hn(p, 1, 2, 3, 4, 5, 6, 7),
  () => cold(a.sumPoint)(p), () => a.numbers(p, 1, 2, 3, 4, 5, 6, 7)]) {
  assert.sameValue(outcome(call), abandoned);
}
assert.sameValue(p.x, 1.5, 'nothing ran');
