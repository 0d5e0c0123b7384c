/*---
description: collections nested in collections
expected_stdout: |
  Map(3) {
    'list' => [ 1, 2, 3 ],
    'set' => Set(1) { 'a' },
    'map' => Map(1) { 1 => { deep: [Object] } }
  }
  [ Set(1) { 1 }, Map(1) { 1 => 2 }, [ Set(0) {} ] ]
  {
    data: {
      items: [
         0,  1,  2,  3,  4,  5,  6,  7,
         8,  9, 10, 11, 12, 13, 14, 15,
        16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26
      ]
    }
  }
---*/
console.log(new Map([['list', [1, 2, 3]], ['set', new Set(['a'])], ['map', new Map([[1, { deep: { er: 1 } }]])]]));
console.log([new Set([1]), new Map([[1, 2]]), [new Set()]]);
console.log({ data: { items: Array.from({ length: 27 }, (_, i) => i) } });
