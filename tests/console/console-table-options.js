/*---
description: console.table with properties, primitives and nested values
expected_stdout: |
  ┌─────────┬───┬───┐
  │ (index) │ a │ c │
  ├─────────┼───┼───┤
  │ 0       │ 1 │ 3 │
  └─────────┴───┴───┘
  ┌─────────┬───┬───┐
  │ (index) │ a │ b │
  ├─────────┼───┼───┤
  │ 0       │ 1 │   │
  └─────────┴───┴───┘
  5
  str
  ┌─────────┬──────────────────────────────┐
  │ (index) │ c                            │
  ├─────────┼──────────────────────────────┤
  │ r1      │ [ 1, 2, 3, ... 1 more item ] │
  │ r2      │ [Object]                     │
  │ r3      │ '中文'                       │
  └─────────┴──────────────────────────────┘
---*/
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table([{ a: 1 }], ['a', 'b']);
console.table(5);
console.table('str');
console.table({ r1: { c: [1, 2, 3, 4] }, r2: { c: { p: 1, q: 2, r: 3 } }, r3: { c: '中文' } });
