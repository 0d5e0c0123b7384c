/*---
description: Without flags the test runs twice; each run sees one consistent mode
---*/
var strict = (function () { return this === undefined; })();
var frozen = Object.freeze({ a: 1 });
var threw = false;
try { frozen.a = 2; } catch (e) { threw = e instanceof TypeError; }
assert.sameValue(threw, strict, 'assignment to a frozen property throws only in strict mode');
