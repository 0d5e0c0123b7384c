/*---
description: Symbol.toStringTag on classes and objects
expected_stdout: |
  Tagged [Tg] {}
  { [Symbol(Symbol.toStringTag)]: 'Own' }
  Object [Inh] {}
  Object [NE] { a: 1 }
---*/
class Tagged { get [Symbol.toStringTag]() { return 'Tg'; } }
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: 'Own' });
console.log(Object.create({ [Symbol.toStringTag]: 'Inh' }));
console.log(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'NE' }));
