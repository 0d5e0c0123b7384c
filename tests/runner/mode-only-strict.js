/*---
description: onlyStrict runs the file once, with "use strict" prepended
flags: [onlyStrict]
---*/
var self = (function () { return this; })();
assert.sameValue(self, undefined, 'a plain call sees this === undefined in strict code');
assert.throws(TypeError, function () { Object.freeze({a: 1}).a = 2; });
