// Cross-thread calls (runtime/zig_threads.c): ns per call of a JS function
// Zig calls from other threads (queued, the caller blocked until it ran),
// side by side with the same call made on the JS thread, and promises
// settled on the JS thread and from another thread. Medians of rounds.
//   zigar-run bench/threads.js
import { loop, loopInThreads, resolveHere, resolveInThread } from './threads.zig?optimize=ReleaseFast';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function bench(name, calls, fn, rounds = 7) {
  await fn(); // warm up
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / calls);
  }
  return { name, ns: median(times) };
}

const inc = (i) => (i + 1) | 0;
const N = 200_000;
const T = 20_000;
const results = [
  await bench('same thread: Zig→JS fn (i32) i32', N, () => loop(inc, N)),
  await bench('1 other thread, blocking calls', T, () => loopInThreads(inc, 1, T)),
  await bench('4 other threads, blocking calls', 4 * T, () => loopInThreads(inc, 4, T)),
  await bench('promise resolved on the JS thread', 10_000, async () => {
    for (let i = 0; i < 10_000; i++) await resolveHere(i);
  }),
  await bench('promise resolved from a new thread', 2_000, async () => {
    for (let i = 0; i < 2_000; i++) await resolveInThread(i);
  }),
];
const base = results[0].ns;
console.log('threads (median of 7 rounds, ns per call / per promise)');
for (const r of results) {
  console.log(`  ${r.name.padEnd(36)} ${r.ns.toFixed(1).padStart(10)} ns  ${(r.ns / base).toFixed(1).padStart(8)}x`);
}
