// Timing helpers shared by bench/calls.js and bench/callbacks.js. (The
// baseline JS functions stay in each benchmark's own module: a call site
// should see a module-local function, as the Zig one is module-local too.)

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

// fn(n) runs n calls; the median ns per call of `rounds` runs, after a
// warm-up that lets TurboFan optimise the loop.
export function bench(fn, iterations, rounds = 9) {
  fn(Math.min(iterations, 100000));
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn(iterations);
    times.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  return median(times);
}
