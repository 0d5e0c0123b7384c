/*---
description: Map/Set subclasses and extra properties
expected_stdout: |
  MyMap(1) [Map] { 1 => 2 }
  MySet(1) [Set] { 1 }
  Map(1) { 1 => 2, x: 1 }
---*/
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]));
console.log(new MySet([1]));
console.log(Object.assign(new Map([[1, 2]]), { x: 1 }));
