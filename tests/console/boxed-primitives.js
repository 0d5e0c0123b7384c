/*---
description: boxed primitives
expected_stdout: |
  [Number: 3] [Number: -0] [String: 'x'] [Boolean: false]
  [BigInt: 5n] [Symbol: Symbol(bs)]
  [String: 'ab'] { extra: 1 }
  [Number (N): 4]
---*/
console.log(new Number(3), new Number(-0), new String('x'), new Boolean(false));
console.log(Object(5n), Object(Symbol('bs')));
console.log(Object.assign(new String('ab'), { extra: 1 }));
class N extends Number {}
console.log(new N(4));
