/*---
description: import() rejects with the module's own evaluation or syntax error
flags: [module]
---*/
let caught;
try { await import('./fixtures/throws_FIXTURE.js'); } catch (e) { caught = e; }
assert.sameValue(caught.constructor, RangeError);
assert.sameValue(caught.message, 'thrown while evaluating');
caught = undefined;
try { await import('./fixtures/syntax_error_FIXTURE.js'); } catch (e) { caught = e; }
assert.sameValue(caught.constructor, SyntaxError);
