/*---
description: arrays with extra properties list them after the items
expected_stdout: |
  [ 1, 2, extra: true, 'a-b': 2 ]
  [ only: 'extra' ]
---*/
console.log(Object.assign([1, 2], { extra: true, 'a-b': 2 }));
console.log(Object.assign([], { only: 'extra' }));
