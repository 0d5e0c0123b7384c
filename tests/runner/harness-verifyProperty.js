/*---
description: verifyProperty checks each attribute by behaviour; restore puts it back
includes: [propertyHelper.js]
---*/
var o = {};
Object.defineProperty(o, 'ro', { value: 1, writable: false, enumerable: false, configurable: true });
verifyProperty(o, 'ro', { value: 1, writable: false, enumerable: false, configurable: true },
  { restore: true });
assert.sameValue(o.ro, 1, 'restored');
verifyProperty(o, 'ro', { value: 1, writable: false, enumerable: false, configurable: true });
assert.sameValue(Object.prototype.hasOwnProperty.call(o, 'ro'), false,
  'without restore, proving configurability deleted it');
verifyProperty(o, 'absent', undefined);
verifyProperty(Array.prototype, 'map', { writable: true, enumerable: false, configurable: true },
  { restore: true });
verifyProperty([1, 2, 3], 'length', { value: 3, writable: true, enumerable: false, configurable: false });
var sym = Symbol('k');
var s = {};
s[sym] = 'v';
verifyProperty(s, sym, { value: 'v', writable: true, enumerable: true, configurable: true });
function getter() { return 5; }
var acc = Object.defineProperty({}, 'a', { get: getter, enumerable: true, configurable: false });
verifyProperty(acc, 'a', { get: getter, set: undefined, enumerable: true, configurable: false });
