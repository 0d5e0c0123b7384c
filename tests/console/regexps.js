/*---
description: regular expressions
expected_stdout: |
  /a(b)c/gi
  [ /x/, /y/m ]
  /x/ { y: 1 }
  R /q/y
---*/
console.log(/a(b)c/gi);
console.log([/x/, /y/m]);
console.log(Object.assign(/x/, { y: 1 }));
class R extends RegExp {}
console.log(new R('q', 'y'));
