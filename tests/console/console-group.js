/*---
description: console.group indents by two spaces, including every line of a multi-line message
expected_stdout: |
  top
  Group 1
    inside
    { a: 1, b: { c: [ 1, 2, 3 ] } }
      deeper
      multi-line
    collapsed
      in collapsed
  back
---*/
console.log('top');
console.group('Group 1');
console.log('inside');
console.log({ a: 1, b: { c: [1, 2, 3] } });
console.group();
console.log('deeper\nmulti-line');
console.groupEnd();
console.groupCollapsed('collapsed');
console.log('in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back');
