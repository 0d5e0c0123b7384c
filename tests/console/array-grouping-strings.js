/*---
description: arrays of short strings are grouped into left-aligned columns
expected_stdout: |
  [
    'a',     'bb',    'ccc',   'dddd',
    'eeeee', 'f',     'gg',    'hhh',
    'iiii',  'jjjjj', 'k',     'll',
    'mmm',   'nnnn',  'ooooo', 'p',
    'qq',    'rrr',   'ssss',  'ttttt',
    'u',     'vv',    'www',   'xxxx',
    'yyyyy', 'z'
  ]
  [
    'apple',  'kiwi',
    'banana', 'fig',
    'apple',  'kiwi',
    'banana', 'fig',
    'apple',  'kiwi',
    'banana', 'fig'
  ]
---*/
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => ['apple', 'kiwi', 'banana', 'fig'][i % 4]));
