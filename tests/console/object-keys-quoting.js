/*---
description: keys that are not identifiers are quoted
expected_stdout: |
  {
    '0': 2,
    'a-b': 1,
    'with space': 3,
    "it's": 4,
    _ok: 5,
    '$d': 6,
    'é': 7,
    '': 8
  }
  { ['__proto__']: 1, x: 2 }
---*/
console.log({ 'a-b': 1, '0': 2, 'with space': 3, "it's": 4, _ok: 5, $d: 6, 'é': 7, '': 8 });
console.log(JSON.parse('{"__proto__": 1, "x": 2}'));
