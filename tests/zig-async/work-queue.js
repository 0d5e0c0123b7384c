/*---
description: zigar.thread.WorkQueue - N tasks on a pool of threads; promisify (results, pointer args kept alive, Zig errors reject); asyncify of an iterator (async iterator); push by hand; pushing before init / after deinit rejects; deinitAsync waits for the queued jobs and joins the threads
flags: [module]
expected_stdout: |
  Uninitialized
  sums true
  parallel true
  checked 84 Too big
  range [2,3,4,5,6]
  by hand 294
  shut down 4 4
  Uninitialized
  restarted 6 6 6
  { threadUses: 0, pendingPromises: 0 }
---*/
import { __zigar, startup, shutdown, shutdownNow, threadCounts, sum, checked, who, range, sumByHand } from './work_queue.zig';

try { await sum('x', 0); } catch (e) { console.log(e.message); }
startup(4);
const texts = Array.from({ length: 40 }, (_, i) => 'abc'.repeat(i + 1));
const expected = texts.map((t) => t.length / 3 * (97 + 98 + 99));
const results = await Promise.all(texts.map((t, i) => sum(t, i % 3)));
console.log('sums', results.every((r, i) => Number(r) === expected[i]));
const ids = new Set((await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(() => who(30)))).map(String));
console.log('parallel', ids.size > 1);
let err = null;
try { await checked(101); } catch (e) { err = e.message; }
console.log('checked', await checked(42), err);
const got = [];
for await (const x of range(2, 7)) got.push(x);
console.log('range', JSON.stringify(got));
console.log('by hand', Number(await sumByHand('abc')));
const pending = sum('late', 20); // queued before the shutdown: still runs
await shutdown();
await pending;
const c1 = threadCounts();
console.log('shut down', c1.started, c1.ended);
try { await sum('x', 0); } catch (e) { console.log(e.message); }
startup(2);
const six = Number(await sum('\x03\x03', 0));
shutdownNow();
const c2 = threadCounts();
console.log('restarted', six, c2.started, c2.ended);
await new Promise((r) => setTimeout(r, 1));
const s = __zigar.stats();
console.log({ threadUses: s.threadUses, pendingPromises: s.pendingPromises });
