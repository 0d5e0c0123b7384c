// sites_FIXTURE.js — call sites for tests/zig-fast-slices (needs
// --allow-natives-syntax). `hot(f, warm)` is a fresh call site `site(a0, …)
// { return f(a0, …) }` of f's arity, optimised by TurboFan after warm-up
// calls with each argument list of `warm` (so its fast calls go straight
// into Zig's Fast API entry); `cold(f)` the same call site, never optimised
// (the classic callback and stdlib-js: the reference behaviour).

// Each site has source text of its own: V8 caches compiled code by source,
// and sites sharing it would share optimisation state.
let sites = 0;
function site(f) {
  const params = Array.from({ length: f.length }, (_, i) => `a${i}`).join(', ');
  return new Function('f', `return function site${sites++}(${params}) { return f(${params}); };`)(f);
}

export function isOptimised(s) {
  return (%GetOptimizationStatus(s) & 16) !== 0;
}

// `check`: assert that TurboFan kept the optimised code (it may bail out
// when f is a JS function, e.g. from a Debug module).
export function hot(f, warm, check = f.toString().includes('[native code]')) {
  const s = site(f);
  %PrepareFunctionForOptimization(s);
  for (let i = 0; i < 3; i++) for (const args of warm) s(...args);
  %OptimizeFunctionOnNextCall(s);
  s(...warm[0]);
  if (check) assert(isOptimised(s), `${f.name}: the call site was optimised`);
  return s;
}

export function cold(f) {
  const s = site(f);
  %NeverOptimizeFunction(s);
  return s;
}

// What a call did: its value, or the class and message of what it threw.
export function outcome(call) {
  try {
    const v = call();
    return typeof v === 'bigint' ? `value ${v}n` : `value ${Object.is(v, -0) ? '-0' : String(v)}`;
  } catch (e) {
    return `${e && e.constructor && e.constructor.name}: ${e && e.message}`;
  }
}
