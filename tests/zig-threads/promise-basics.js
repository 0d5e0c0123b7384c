/*---
description: zigar.function.Promise - omitted from the JS call, which returns a JS Promise; resolved on the JS thread; a Zig error rejects; { callback } gets (err, value); a JS function given a Promise resolves it with its awaited result
flags: [module]
expected_stdout: |
  true 5
  refused Refused
  callback null 7
  callback Refused undefined
  0
  15
  { threadUses: 0, pendingPromises: 0 }
---*/
import { __zigar, now, refuse, askJs, lastGot } from './threads.zig';

const p = now(5);
console.log(p instanceof Promise, await p);
try {
    await refuse();
} catch (e) {
    console.log('refused', e.message);
}
await new Promise((resolve) => {
    now(7, { callback: (err, value) => { console.log('callback', err, value); resolve(); } });
});
await new Promise((resolve) => {
    refuse({ callback: (err, value) => { console.log('callback', err.message, value); resolve(); } });
});
askJs(async (x) => { await null; return x * 3; }, 5);
console.log(lastGot());
await new Promise((resolve) => setTimeout(resolve, 1));
console.log(lastGot());
const { threadUses, pendingPromises } = __zigar.stats();
console.log({ threadUses, pendingPromises });
