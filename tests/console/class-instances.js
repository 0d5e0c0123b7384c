/*---
description: class instances are prefixed with the class name
expected_stdout: |
  Foo { a: 1 } Empty {}
  {}
  Foo {}
  {}
---*/
class Foo { constructor() { this.a = 1; } }
class Empty {}
console.log(new Foo(), new Empty());
console.log(new (class {})());
console.log(Object.create(new Foo()));
console.log(Foo.prototype);
