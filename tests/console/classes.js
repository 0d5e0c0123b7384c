/*---
description: classes print as [class X] and [class Y extends X]
expected_stdout: |
  [class A] [class B extends A]
  [class (anonymous)]
  [class S] { x: 1 }
  [class N]
---*/
class A {}
class B extends A {}
console.log(A, B);
console.log(class {});
class S { static x = 1; }
console.log(S);
class N extends null {}
console.log(N);
