/*---
description: calls from another thread - results, the general path (structs), a JS Promise awaited for the thread, Zig errors named by JS exceptions (SPEC A5), views of the thread's stack detached when the call returns
flags: [module]
expected_stdout: |
  42
  Oops true
  Unexpected true
  42
  { x: 2.5, y: 16 }
  14
  TypeError: Zig stack memory is no longer valid: the Zig function that owned it has returned
---*/
import { tryInThread, pointsInThread, stackInThread, Failure } from './threads.zig';

console.log(await tryInThread((x) => x * 2, 21));
for (const thrower of [() => { throw new Error('Oops'); }, () => { throw new TypeError('whatever'); }]) {
    try {
        await tryInThread(thrower, 1);
    } catch (e) {
        console.log(e.message, e instanceof Failure);
    }
}
console.log(await tryInThread(async (x) => { await new Promise((r) => setTimeout(r, 5)); return x + 1; }, 41));
console.log((await pointsInThread((p, f) => ({ x: p.x + f, y: p.y * 2 }))).valueOf());
let saved;
console.log(await stackInThread((p) => { saved = p['*']; saved.x = 10; }));
try {
    console.log(saved.valueOf());
} catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
}
