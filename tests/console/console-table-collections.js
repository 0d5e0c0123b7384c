/*---
description: console.table of Map, Set and iterators
expected_stdout: |
  ┌───────────────────┬─────┬──────────┐
  │ (iteration index) │ Key │ Values   │
  ├───────────────────┼─────┼──────────┤
  │ 0                 │ 'k' │ { v: 1 } │
  │ 1                 │ 'l' │ 2        │
  └───────────────────┴─────┴──────────┘
  ┌───────────────────┬────────┐
  │ (iteration index) │ Values │
  ├───────────────────┼────────┤
  │ 0                 │ 'x'    │
  │ 1                 │ 'y'    │
  └───────────────────┴────────┘
  ┌───────────────────┬─────┬────────┐
  │ (iteration index) │ Key │ Values │
  ├───────────────────┼─────┼────────┤
  │ 0                 │ 'a' │ 1      │
  └───────────────────┴─────┴────────┘
  ┌───────────────────┬────────┐
  │ (iteration index) │ Values │
  ├───────────────────┼────────┤
  │ 0                 │ 1      │
  └───────────────────┴────────┘
---*/
console.table(new Map([['k', { v: 1 }], ['l', 2]]));
console.table(new Set(['x', 'y']));
console.table(new Map([['a', 1]]).entries());
console.table(new Set([1]).values());
