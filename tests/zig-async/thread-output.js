/*---
description: other threads' std.debug.print reaches console.log - whole lines, in order per thread, before the same thread's later promise settles; a thread's partial line comes out when it ends; a line printed after the loop could end is not lost
flags: [module]
expected_stdout: |
  in order true 4 800
  before settle true
  partial
  main done
  joined line 0
  joined line 1
  joined line 2
---*/
import { printMany, printPartial, printJoined } from './async.zig';

const lines = [];
const original = console.log;
console.log = (...args) => { lines.push(args.join(' ')); };
await Promise.all([0, 1, 2, 3].map((id) => printMany(id, 200)));
const settledAt = lines.length;
console.log = original;
const perThread = new Map();
let ok = true;
for (const l of lines) {
    const m = /^thread (\d+) line (\d+)$/.exec(l);
    if (!m) { ok = false; continue; }
    const next = perThread.get(m[1]) || 0;
    if (Number(m[2]) !== next) ok = false;
    perThread.set(m[1], next + 1);
}
console.log('in order', ok, perThread.size, lines.length);
console.log('before settle', settledAt === 800);
printPartial();
// Give the loop time to deliver the line the thread queued as it ended (1 ms
// was not always enough with the suite running in parallel).
await new Promise((r) => setTimeout(r, 50));
printJoined(3); // the script ends now: the queued lines still come out
console.log('main done');
