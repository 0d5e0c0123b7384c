/*---
description: structuredClone copies own enumerable string-keyed properties, invoking getters, onto a plain object
includes: [compareArray.js]
---*/
var calls = 0;
function Point() { this.x = 1; }
Point.prototype.y = 2;
var p = new Point();
Object.defineProperty(p, 'hidden', { value: 3, enumerable: false });
p[Symbol('s')] = 4;
Object.defineProperty(p, 'g', { get: function () { calls++; return 'got'; }, enumerable: true });
var c = structuredClone(p);
assert.sameValue(Object.getPrototypeOf(c), Object.prototype, 'prototype becomes Object.prototype');
assert.compareArray(Object.keys(c), ['x', 'g']);
assert.sameValue(c.y, undefined, 'inherited properties are not copied');
assert.sameValue(c.hidden, undefined);
assert.sameValue(Object.getOwnPropertySymbols(c).length, 0);
assert.sameValue(c.g, 'got');
assert.sameValue(calls, 1, 'getter invoked once');
assert.sameValue(Object.getOwnPropertyDescriptor(c, 'g').writable, true, 'getter becomes a data property');

var np = Object.create(null);
np.a = 1;
assert.sameValue(Object.getPrototypeOf(structuredClone(np)), Object.prototype);
var proto = JSON.parse('{"__proto__": {"polluted": true}}');
var pc = structuredClone(proto);
assert.sameValue(Object.getPrototypeOf(pc), Object.prototype, 'an own __proto__ key stays a key');
assert.sameValue(pc.__proto__ === Object.prototype, false);
assert.sameValue(Object.keys(pc)[0], '__proto__');
