/*---
description: zigar.function.AbortSignal - omitted from the call, set by { signal } in a trailing options object; aborting mid-work stops a Zig loop on another thread; an already-aborted signal is seen at once; without a signal it stays off; a generator with a signal
flags: [module]
expected_stdout: |
  false true false
  aborted true fast true
  not aborted false
  pre-aborted true
  ticks Refused true
  TypeError options.signal: expected an AbortSignal
  { threadUses: 0, pendingPromises: 0 }
---*/
import { __zigar, spin, isAborted, ticks } from './async.zig';

console.log(isAborted(), isAborted({ signal: AbortSignal.abort() }), isAborted({ signal: new AbortController().signal }));

const c = new AbortController();
const started = Date.now();
const p = spin(10000, { signal: c.signal });
setTimeout(() => c.abort(), 20);
const r = await p;
console.log('aborted', r, 'fast', Date.now() - started < 5000);
console.log('not aborted', await spin(20));
console.log('pre-aborted', await spin(10000, { signal: AbortSignal.abort() }));

const c2 = new AbortController();
const seen = [];
try {
    for await (const t of ticks({ signal: c2.signal })) {
        seen.push(t);
        if (t === 3) c2.abort();
    }
} catch (e) {
    console.log('ticks', e.message, seen.length >= 4);
}
try {
    isAborted({ signal: 5 });
} catch (e) {
    console.log(e.name, e.message);
}
await new Promise((r) => setTimeout(r, 5));
const s = __zigar.stats();
console.log({ threadUses: s.threadUses, pendingPromises: s.pendingPromises });
