/*---
description: symbols as values and as keys
expected_stdout: |
  Symbol() Symbol(s) Symbol(Symbol.iterator) Symbol(x)
  { regular: 3, [Symbol(memory)]: 1, [Symbol()]: 2 }
  [ Symbol(in array) ]
---*/
console.log(Symbol(), Symbol('s'), Symbol.iterator, Symbol.for('x'));
console.log({ [Symbol('memory')]: 1, [Symbol()]: 2, regular: 3 });
console.log([Symbol('in array')]);
