/*---
description: Prints the shape of structured clones and the DataCloneError messages
expected_stdout: |
  n,s,list,when,re,map,set,self
  true false 3 false
  1970-01-01T00:00:00.000Z /x/gi 1 1+2
  {"a":[1,{"b":null}],"c":"x"}
  DataCloneError: function f() {} could not be cloned.
  DataCloneError: Symbol(tag) could not be cloned.
  DataCloneError: #<WeakMap> could not be cloned.
  DataCloneError: #<Promise> could not be cloned.
  DataCloneError: [object Symbol] could not be cloned.
  SyntaxError bad 42 true
---*/
var src = { n: 1, s: 'two', list: [1, , 3], when: new Date(0), re: /x/gi, map: new Map([['k', { v: 1 }]]), set: new Set([1, 2]) };
src.self = src;
var c = structuredClone(src);
console.log(Object.keys(c).join(','));
console.log(c.self === c, c === src, c.list.length, 1 in c.list);
console.log(c.when.toISOString(), String(c.re), c.map.get('k').v, Array.from(c.set).join('+'));
console.log(JSON.stringify(structuredClone({ a: [1, { b: null }], c: 'x' })));
var values = [function f() {}, Symbol('tag'), new WeakMap(), Promise.resolve(1), Object(Symbol())];
for (var i = 0; i < values.length; i++) {
  try {
    structuredClone({ value: values[i] });
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
var err = structuredClone(new SyntaxError('bad', { cause: 42 }));
console.log(err.name, err.message, err.cause, err instanceof SyntaxError);
