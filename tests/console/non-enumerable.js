/*---
description: non-enumerable properties are hidden
expected_stdout: |
  { v: 1 }
  { a: 1 }
  { a: undefined, b: null }
---*/
console.log(Object.defineProperty({ v: 1 }, 'h', { value: 2 }));
console.log(Object.defineProperty({ a: 1 }, Symbol('h'), { value: 2 }));
console.log({ a: undefined, b: null });
