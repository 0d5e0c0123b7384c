/*---
description: arrays of objects break when they do not fit
expected_stdout: |
  [ { a: 1 }, { b: 2 }, { c: { d: 3 } } ]
  [
    { i: 0 }, { i: 1 },
    { i: 2 }, { i: 3 },
    { i: 4 }, { i: 5 },
    { i: 6 }
  ]
  [
    { id: 0, name: 'name0', ok: true },
    { id: 1, name: 'name1', ok: false },
    { id: 2, name: 'name2', ok: true },
    { id: 3, name: 'name3', ok: false },
    { id: 4, name: 'name4', ok: true }
  ]
---*/
console.log([{ a: 1 }, { b: 2 }, { c: { d: 3 } }]);
console.log(Array.from({ length: 7 }, (_, i) => ({ i })));
console.log(Array.from({ length: 5 }, (_, i) => ({ id: i, name: 'name' + i, ok: i % 2 === 0 })));
