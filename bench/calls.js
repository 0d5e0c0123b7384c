// Per-call cost of calling Zig, as a ratio to a real (non-inlined) JS→JS
// call measured in the same process. Prints medians of several rounds.
//   zigar-run bench/calls.js
import { add, sumPoint, sumSlice, Point } from './calls.zig?optimize=ReleaseFast';

// The baseline must be a real call: a body too big for TurboFan to inline.
// It stays in each benchmark's own module (bench/callbacks.js has a copy):
// an imported function is reached through a module binding, which measured
// about twice as slow and would flatter every ratio. V8 inlines functions
// under ~460 bytes of bytecode; the branch never taken is there for its size.
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

function measure(fn, iterations) {
  const start = process.hrtime.bigint();
  fn(iterations);
  return Number(process.hrtime.bigint() - start) / iterations;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function bench(name, fn, iterations, rounds = 9) {
  fn(Math.min(iterations, 100000)); // warm up: let TurboFan optimise the loop
  const times = [];
  for (let r = 0; r < rounds; r++) times.push(measure(fn, iterations));
  return { name, ns: median(times) };
}

let sink = 0;
const N = 2_000_000;
const point = new Point({ x: 1.5, y: 2.5 });
const values = new Float64Array(16).map((_, i) => i);

const results = [
  bench('JS→JS call (baseline)', (n) => { for (let i = 0; i < n; i++) sink += jsAdd(i, 1); }, N),
  bench('add(i32, i32)', (n) => { for (let i = 0; i < n; i++) sink += add(i, 1); }, N),
  bench('sumPoint(Point) by value', (n) => { for (let i = 0; i < n; i++) sink += sumPoint(point); }, N / 4),
  bench('sumSlice([]const f64, 16)', (n) => { for (let i = 0; i < n; i++) sink += sumSlice(values); }, N / 4),
];

const base = results[0].ns;
const targets = { 'add(i32, i32)': 1.0, 'sumPoint(Point) by value': 3.0, 'sumSlice([]const f64, 16)': 2.0 };
console.log('calls (median of 9 rounds, ns per call)');
for (const r of results) {
  const ratio = r.ns / base;
  const target = targets[r.name] ? `   (target <= ${targets[r.name].toFixed(1)}x)` : '';
  console.log(`  ${r.name.padEnd(28)} ${r.ns.toFixed(1).padStart(8)} ns  ${ratio.toFixed(2).padStart(6)}x${target}`);
}
if (sink === 0.5) console.log(sink);
