/*---
description: zigar.function.Generator - omitted from the JS call, which returns an async iterator; values in order; null (end()) ends; a Zig error throws in the loop; the function's own error throws
flags: [module]
expected_stdout: |
  [object Generator] true
  [ 0, 1, 2, 3, 4 ]
  []
  1
  2
  caught Broken
  caught Refused
  { threadUses: 0, pendingPromises: 0 }
---*/
import { __zigar, count, failing, refuse } from './async.zig';

const it = count(5);
console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator] === 'function');
const got = [];
for await (const x of it) got.push(x);
console.log(got);
const none = [];
for await (const x of count(0)) none.push(x);
console.log(none);
try {
    for await (const x of failing()) console.log(x);
} catch (e) {
    console.log('caught', e.message);
}
try {
    for await (const x of refuse()) console.log(x);
} catch (e) {
    console.log('caught', e.message);
}
const s = __zigar.stats();
console.log({ threadUses: s.threadUses, pendingPromises: s.pendingPromises });
