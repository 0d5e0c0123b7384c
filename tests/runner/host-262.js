/*---
description: The $262 host object
---*/
assert.sameValue(typeof $262, 'object');
assert.sameValue($262.global, globalThis);
$262.evalScript('var zrEvaluated = 40 + 2;');
assert.sameValue(zrEvaluated, 42, 'evalScript runs a global script');
assert.sameValue(typeof $262.gc, 'function');
var realm = $262.createRealm();
assert.notSameValue(realm.global, globalThis);
assert.notSameValue(realm.global.Array, Array, 'a new realm has its own intrinsics');
assert.sameValue(realm.evalScript('1 + 1'), 2);
assert.sameValue(typeof realm.global.$262, 'object', 'the realm has its own $262');
