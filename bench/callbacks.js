// Per-call cost of Zig calling a JS function through a function pointer
// (runtime/zig_closures.c), as a ratio to a real (non-inlined) JS→JS call
// measured in the same process. Prints medians of several rounds.
//   zigar-run bench/callbacks.js
import { loop, loopPoint } from './callbacks.zig?optimize=ReleaseFast';

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

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function bench(name, fn, iterations, rounds = 9) {
  fn(Math.min(iterations, 100000)); // warm up: let TurboFan optimise
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn(iterations);
    times.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  return { name, ns: median(times) };
}

let sink = 0;
const N = 1_000_000;
const inc = (i) => (i + 1) | 0;
const sumPoint = (p) => p.x + p.y;

const results = [
  bench('JS→JS call (baseline)', (n) => { for (let i = 0; i < n; i++) sink += jsInc(i); }, N),
  bench('Zig→JS fn (i32) i32', (n) => { sink += loop(inc, n); }, N),
  bench('Zig→JS fn (Point) f64', (n) => { sink += loopPoint(sumPoint, n); }, N / 4),
];

const base = results[0].ns;
const targets = { 'Zig→JS fn (i32) i32': 12.0 };
console.log('callbacks (median of 9 rounds, ns per call)');
for (const r of results) {
  const ratio = r.ns / base;
  const target = targets[r.name] ? `   (target <= ${targets[r.name].toFixed(1)}x)` : '';
  console.log(`  ${r.name.padEnd(28)} ${r.ns.toFixed(1).padStart(8)} ns  ${ratio.toFixed(2).padStart(6)}x${target}`);
}
if (sink === 0.5) console.log(sink);
