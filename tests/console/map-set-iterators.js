/*---
description: Map and Set iterators preview their entries
expected_stdout: |
  [Map Entries] { [ 'a', 1 ], [ 'b', 2 ] }
  [Map Iterator] { 'a', 'b' }
  [Map Iterator] { 1, 2 }
  [Map Entries] { [ 'b', 2 ] }
  [Set Iterator] { 1, 2 }
  [Set Entries] { [ 1, 1 ], [ 2, 2 ] }
---*/
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.entries());
console.log(m.keys());
console.log(m.values());
const it = m.entries();
it.next();
console.log(it);
console.log(new Set([1, 2]).values());
console.log(new Set([1, 2]).entries());
