// Per-call cost of Zig calling a JS function through a function pointer
// (runtime/zig_closures.c), as a ratio to a real (non-inlined) JS→JS call
// measured in the same process. Prints medians of several rounds. The JS→JS
// baseline is measured in the two loops of bench/calls.js ("module acc.",
// the scale the target was set in, and "tight"); the Zig loops are the same
// in both columns (docs/benchmarks.md).
//   zigar-run bench/callbacks.js
import { loop, loopPoint } from './callbacks.zig?optimize=ReleaseFast';
import { bench } from './harness.js';

// The baseline must be a real call: a body too big for TurboFan to inline
// (V8 inlines functions under ~460 bytes of bytecode), never taken branch
// included only for its size (as in bench/calls.js).
function jsInc(i) {
  if (i === -0.5) {
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
  return (i + 1) | 0;
}

let sink = 0;
const N = 1_000_000;
const inc = (i) => (i + 1) | 0;
const sumPoint = (p) => p.x + p.y;

const baseAcc = bench((n) => { for (let i = 0; i < n; i++) sink += jsInc(i); }, N);
const baseTight = bench((n) => { let s = 0; for (let i = 0; i < n; i++) s = (s + jsInc(i)) | 0; sink += s; }, N);
const results = [
  { name: 'JS→JS call (baseline)', acc: baseAcc, tight: baseTight },
  { name: 'Zig→JS fn (i32) i32', target: 12.0, ns: bench((n) => { sink += loop(inc, n); }, N) },
  { name: 'Zig→JS fn (Point) f64', ns: bench((n) => { sink += loopPoint(sumPoint, n); }, N / 4) },
];

const cell = (ns, ratio) => `${ns.toFixed(1).padStart(7)} ns ${ratio.toFixed(2).padStart(6)}x`;
console.log('callbacks (median of 9 rounds, ns per call and ratio to the JS→JS call)');
console.log(`  ${''.padEnd(24)} ${'module acc.'.padStart(18)}   ${'tight'.padStart(18)}`);
for (const r of results) {
  const acc = r.acc ?? r.ns, tight = r.tight ?? r.ns;
  const target = r.target ? `   (target <= ${r.target.toFixed(1)}x)` : '';
  console.log(`  ${r.name.padEnd(24)} ${cell(acc, acc / baseAcc)}   ${cell(tight, tight / baseTight)}${target}`);
}
if (sink === 0.5) console.log(sink);
