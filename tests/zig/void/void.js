/*---
description: void return is undefined, void parameter takes undefined/null, void struct fields, !void
flags: [module]
---*/
import { nothing, bump, getCounter, takeVoid, returnsVoidError, WithVoid, sumWithVoid, Tvoid, __zigar } from './void.zig';
import { expectArgError } from '../helpers_FIXTURE.js';

assert.sameValue(nothing(), undefined);
assert.sameValue(bump(), undefined);
bump();
assert.sameValue(getCounter(), 2);
assert.sameValue(takeVoid(undefined, 5), 5);
assert.sameValue(takeVoid(null, 6), 6);
assert.sameValue(takeVoid.length, 2);
for (const v of [0, 1, 'x', {}, true]) expectArgError(takeVoid, [v, 1], 0, 'void');
assert.sameValue(returnsVoidError(false), undefined);
{
  let e;
  try { returnsVoidError(true); } catch (err) { e = err; }
  assert(e instanceof Error, 'a Zig error is a JS Error');
  assert.sameValue(e.message, 'Failed');
}
const s = new WithVoid({});
assert.sameValue(s.nothing, undefined);
assert.sameValue(sumWithVoid(s), 3);
assert.sameValue(JSON.stringify(s.valueOf()), '{"a":1,"b":2}', 'valueOf: void fields are left out as undefined');
assert.sameValue(Tvoid.name, 'void');
assert.sameValue(__zigar.sizeOf(Tvoid), 0);
assert.sameValue(__zigar.typeOf(Tvoid), 'void');
