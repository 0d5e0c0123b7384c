/*---
description: a mix of everything in one object
expected_stdout: |
  {
    num: 1,
    str: 'x',
    arr: [ 1, [ 2, [Array] ] ],
    map: Map(1) { 'k' => { v: [Array] } },
    set: Set(1) { [ 1, 2 ] },
    fn: [Function: fn],
    date: 1970-01-01T00:00:00.000Z,
    re: /r/,
    nil: null,
    u: undefined,
    nested: { deeper: { deepest: [Object] } }
  }
---*/
console.log({
  num: 1, str: 'x', arr: [1, [2, [3, [4]]]], map: new Map([['k', { v: [1] }]]),
  set: new Set([[1, 2]]), fn() {}, date: new Date(0), re: /r/, nil: null, u: undefined,
  nested: { deeper: { deepest: { gone: true } } },
});
