/*---
description: fast path - values the fast path does not take go to the general path, which throws the same args[i] errors before and after optimisation
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
---*/
import { Point, sumPoint, sumSlice, scale, mix } from './calls.zig?optimize=ReleaseFast';
import { thrown } from '../zig/helpers_FIXTURE.js';

const p = new Point({ x: 1, y: 2 });
const a = new Float64Array(4);
function f(v) { return sumPoint(v); }
function g(v) { return sumSlice(v); }
function h(...args) { return mix(...args); }
for (const fn of [f, g, h]) %PrepareFunctionForOptimization(fn);
for (let i = 0; i < 5; i++) { f(p); g(a); h(1, p, a, p, true); }
for (const fn of [f, g, h]) %OptimizeFunctionOnNextCall(fn);
f(p); g(a); h(1, p, a, p, true);

function check(fn, what, Ctor, pattern) {
  const e = thrown(fn, what);
  assert(e instanceof Ctor, `${what}: ${e && e.constructor && e.constructor.name}`);
  assert(pattern.test(e.message), `${what}: ${e.message}`);
}
check(() => f(5), 'number for Point', TypeError, /^args\[0\]: /);
check(() => f(null), 'null for Point', TypeError, /^args\[0\]: /);
check(() => f({ x: 1 }), 'missing field', TypeError, /^args\[0\]: Missing initializers for Point: y/);
check(() => g('abc'), 'string for []const f64', TypeError, /^args\[0\]: /);
check(() => g(new DataView(new ArrayBuffer(12))), 'DataView of 12 bytes', TypeError, /^args\[0\]: /);
check(() => h(NaN, p, a, p, true), 'NaN for i32', TypeError, /^args\[0\]: /);
check(() => h(1, p, a, p, 'yes'), 'string for bool', TypeError, /^args\[4\]: /);
check(() => h(1, p, a, 7, true), 'number for *const Point', TypeError, /^args\[3\]: /);
check(() => sumPoint(), 'no arguments', TypeError, /^Expecting 1 argument, received 0$/);
check(() => sumPoint(p, p), 'two arguments', TypeError, /^Expecting 1 argument, received 2$/);
check(() => scale(p), 'one of two', TypeError, /^Expecting 2 arguments, received 1$/);
// a detached buffer
const d = new Float64Array(4);
$262.detachArrayBuffer(d.buffer);
check(() => g(d), 'a detached typed array', TypeError, /^args\[0\]: /);
const dp = new Point({ x: 1, y: 2 });
g(new Float64Array(dp.dataView.buffer));
$262.detachArrayBuffer(dp.dataView.buffer);
thrown(() => f(dp), 'a struct whose buffer was detached');
// still fine afterwards
assert.sameValue(f(p), 3);
assert.sameValue(g(new Float64Array([1, 2])), 3);
