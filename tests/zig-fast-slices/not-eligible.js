/*---
description: zig fast slices - slices V8 cannot pass (sentinels, 8-bit elements) and the same module in Debug (no Fast API) still take typed arrays in optimised calls
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
timeout: 180
---*/
import { sumZ, sumBytes } from './slices.zig?optimize=ReleaseFast';
import { sumF64, fill } from './slices.zig';
import { hot, cold, outcome } from './sites_FIXTURE.js';

const hz = hot(sumZ, [[new Int32Array(4)]]);
assert.sameValue(hz(new Int32Array([1, 2, 3])), 6);
const hb = hot(sumBytes, [[new Uint8Array(4)]]);
assert.sameValue(hb(new Uint8Array([1, 2, 250])), 253);

// Debug: no Fast API (out-of-range values must throw), typed arrays still shared
const hs = hot(sumF64, [[new Float64Array(20)]]);
const hf = hot(fill, [[new Float64Array(20), 1]]);
const a = new Float64Array(4);
hf(a, 1.5);
assert.sameValue(a.join(), '1.5,1.5,1.5,1.5');
assert.sameValue(hs(a), 6);
assert.sameValue(outcome(() => hs('x')), outcome(() => cold(sumF64)('x')));
