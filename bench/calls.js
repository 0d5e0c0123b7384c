// Per-call cost of calling Zig, as a ratio to a real (non-inlined) JS→JS
// call measured in the same process. Prints medians of several rounds, for
// two loops around each call (docs/benchmarks.md says why both):
//   - "module acc.": the result is added to a module-level variable, which
//     holds a heap number, so every iteration also allocates one (~6 ns).
//     This is the scale the targets were set in (≈ 8–10 ns per JS call);
//   - "tight": the result is added to a local; the loop costs ~0.5 ns and
//     the call itself is nearly all that is measured.
//   zigar-run bench/calls.js
import { add, sumPoint, sumSlice, Point } from './calls.zig?optimize=ReleaseFast';
import { bench } from './harness.js';

// The baseline must be a real call: a body too big for TurboFan to inline.
// It stays in this module (bench/callbacks.js has its own, of one
// parameter): a module-local function is the plainest call there is. (The
// same function imported from another module measured within 2 % of it on
// 2026-11-24: TurboFan loads an import from its embedded Cell.) V8 inlines
// functions under ~460 bytes of bytecode; the branch never taken is there
// for its size.
function jsAdd(a, b) {
  if (a === -0.5) {
    let s = 0;
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    for (let i = 0; i < 10; i++) s += Math.sqrt(i) * Math.sin(i) + Math.cos(i) * Math.tan(i) + Math.atan2(i, s);
    return s;
  }
  return (a + b) | 0;
}

let sink = 0;
const N = 2_000_000;
const point = new Point({ x: 1.5, y: 2.5 });
const values = new Float64Array(16).map((_, i) => i);

// Each case: [name, module-accumulator loop, tight loop, iterations, target].
// The loops are written out (not made by a helper taking the callee) so
// that each call site sees one function only, as in user code.
const cases = [
  ['JS→JS call (baseline)',
    (n) => { for (let i = 0; i < n; i++) sink += jsAdd(i, 1); },
    (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + jsAdd(i, 1)) | 0; sink += s; }, N, 0],
  ['add(i32, i32)',
    (n) => { for (let i = 0; i < n; i++) sink += add(i, 1); },
    (n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + add(i, 1)) | 0; sink += s; }, N, 1.0],
  ['sumPoint(Point) by value',
    (n) => { for (let i = 0; i < n; i++) sink += sumPoint(point); },
    (n) => { let s = 0; for (let i = 0; i < n; i++) s += sumPoint(point); sink += s; }, N / 4, 3.0],
  ['sumSlice([]const f64, 16)',
    (n) => { for (let i = 0; i < n; i++) sink += sumSlice(values); },
    (n) => { let s = 0; for (let i = 0; i < n; i++) s += sumSlice(values); sink += s; }, N / 4, 2.0],
];

const results = cases.map(([name, acc, tight, n, target]) => ({
  name, target, acc: bench(acc, n), tight: bench(tight, n),
}));

const base = results[0];
const cell = (ns, ratio) => `${ns.toFixed(1).padStart(6)} ns ${ratio.toFixed(2).padStart(5)}x`;
console.log('calls (median of 9 rounds, ns per call and ratio to the JS→JS call)');
console.log(`  ${''.padEnd(28)} ${'module acc.'.padStart(16)}   ${'tight'.padStart(16)}`);
for (const r of results) {
  const target = r.target ? `   (target <= ${r.target.toFixed(1)}x)` : '';
  console.log(`  ${r.name.padEnd(28)} ${cell(r.acc, r.acc / base.acc)}   ${cell(r.tight, r.tight / base.tight)}${target}`);
}
if (sink === 0.5) console.log(sink);
