/*---
description: null-prototype objects
expected_stdout: |
  [Object: null prototype] {}
  [Object: null prototype] { a: 1 }
  [Object: null prototype] [NT] {}
  Object <[Object: null prototype] {}> {}
  { a: { b: { c: [Object: null prototype] } } }
---*/
console.log(Object.create(null));
console.log(Object.assign(Object.create(null), { a: 1 }));
console.log(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NT' }));
console.log(Object.create(Object.create(null)));
console.log({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } });
