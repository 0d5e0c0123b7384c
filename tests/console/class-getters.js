/*---
description: getters and setters
expected_stdout: |
  Bar { a: 1 }
  { a: [Getter], b: [Setter], c: [Getter/Setter] }
---*/
class Bar { constructor() { this.a = 1; } get g() { return 2; } }
console.log(new Bar());
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} });
