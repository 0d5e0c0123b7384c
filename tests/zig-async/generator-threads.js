/*---
description: zigar.function.Generator from another thread - values in order (also slices into a pointer argument); a consumer break makes yield return false and the thread stops; a pointer argument (the text) stays valid until the generator ends; structs through pipe(); { callback }
flags: [module]
zigar_flags: [--expose-gc]
expected_stdout: |
  [0,1,2,3,4,5,6,7,8,9]
  stopped true 10
  [ 97, 196, 297, 400, 12 ]
  1000 { index: 2, square: 4 } { index: 999, square: 998001 }
  [ 'alpha', 'beta', 'gamma' ]
  callback [ 0, 1, 2 ] null
  callback stop [ 0, 1 ]
  { threadUses: 0, pendingPromises: 0 }
---*/
import { __zigar, count, endless, endlessState, wordSums, squares, words } from './async.zig';

const got = [];
for await (const x of endless()) {
    got.push(Number(x));
    if (got.length === 10) break;
}
console.log(JSON.stringify(got));
// the thread sees `false` at its next yield (the 11th value)
while (!endlessState().done) await new Promise((r) => setTimeout(r, 1));
const st = endlessState();
console.log('stopped', st.done, st.after);

let text = 'a bb ccc dddd ' + '\x01'.repeat(12);
const sums = [];
const gen = wordSums(text);
text = null;
for await (const s of gen) {
    sums.push(s);
    if (typeof gc === 'function') gc();
    new Array(1000).fill(0).map((_, i) => ({ i, s: 'x'.repeat(i % 50) }));
}
console.log(sums);

let n = 0, third = null, last = null;
for await (const p of squares(1000)) {
    n++;
    const v = { index: p.index, square: Number(p.square) };
    if (n === 3) third = v;
    last = v;
}
console.log(n, third, last);

const ws = [];
for await (const w of words('alpha beta gamma')) ws.push(w.string);
console.log(ws);

await new Promise((resolve) => {
    const seen = [];
    count(3, { callback: (err, v) => {
        if (v === null) { console.log('callback', seen, err); resolve(); } else seen.push(v);
    } });
});
await new Promise((resolve) => {
    const seen = [];
    count(10, { callback: (err, v) => {
        seen.push(v);
        if (seen.length === 2) { console.log('callback stop', seen); resolve(); return false; }
    } });
});
await new Promise((r) => setTimeout(r, 5));
const s = __zigar.stats();
console.log({ threadUses: s.threadUses, pendingPromises: s.pendingPromises });
