/*---
description: a struct holding an optional pointer to itself; building a list in JS memory and handing it to Zig
flags: [module]
---*/
import { Node, sumList } from './pointers.zig';

const c = new Node({ value: 3 });
const b = new Node({ value: 2, next: c });
const a = new Node({ value: 1, next: b });
assert.sameValue(sumList(a), 6);
assert.sameValue(a.next.value, 2);
assert.sameValue(a.next.next.next, null);
b.next = null;
assert.sameValue(sumList(a), 3);
assert.sameValue(sumList({ value: 5, next: { value: 6 } }), 11, 'nested plain objects');
