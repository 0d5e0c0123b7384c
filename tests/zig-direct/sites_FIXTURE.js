// sites_FIXTURE.js — call sites for tests/zig-direct (needs
// --allow-natives-syntax): tests/zig-fast-slices' sites, and `hotter(f,
// warm)`, an optimised call site of stdlib-js entry f that also optimises f
// itself, as a real hot loop would: TurboFan inlines small entries into the
// site, and a big one (8 parameters) is a call of its own, optimised on its
// own. Either way the direct call inside is a Fast API call. f first runs
// often enough to have type feedback (V8 allocates it lazily).
import { hot, cold, isOptimised, outcome } from '../zig-fast-slices/sites_FIXTURE.js';

export { hot, cold, isOptimised, outcome };

export function hotter(f, warm) {
  for (let i = 0; i < 100; i++) for (const args of warm) f(...args);
  if (!String(f).includes('[native code]')) {
    %PrepareFunctionForOptimization(f);
    for (const args of warm) f(...args);
    %OptimizeFunctionOnNextCall(f);
    f(...warm[0]);
    assert(isOptimised(f), `${f.name}: the entry was optimised`);
  }
  return hot(f, warm, true);
}

// __zigar.stats().directClassicCalls of module `m`: calls of direct
// functions (all modules) that went through the classic callback.
export function classicCalls(m) {
  return m.__zigar.stats().directClassicCalls;
}
