/*---
description: error sets as arguments and fields; casting ES(name) / ES(code) / ES(err); anyerror; error unions as fields and arguments
flags: [module]
---*/
import { MyError, Other, AnyErr, errorName, isOnFire, takeUnion, Holder, holderValue, __zigar } from './errors.zig';
import { expectArgError, thrown } from '../helpers_FIXTURE.js';

const code = errorName(MyError.OutOfMemory);
assert.sameValue(Number(MyError.OutOfMemory), code, 'Number(err) is its code');
assert.sameValue(MyError(code), MyError.OutOfMemory, 'ES(code)');
assert.sameValue(MyError('OutOfMemory'), MyError.OutOfMemory, 'ES(name)');
assert.sameValue(MyError(MyError.OutOfMemory), MyError.OutOfMemory, 'ES(err)');
assert.sameValue(errorName('OutOfMemory'), code, 'an error set argument takes a name');
assert.sameValue(isOnFire(MyError.SystemIsOnFire), true);
assert.sameValue(isOnFire(Other.Unrelated), false);
assert(MyError.SystemIsOnFire in AnyErr, 'anyerror contains every error');
assert.sameValue(AnyErr.name, 'anyerror');
assert.sameValue(__zigar.typeOf(MyError), 'error set');
assert.sameValue(takeUnion(3), 3);
assert.sameValue(takeUnion(MyError.TLSFailure), -1);
const h = new Holder({});
assert.sameValue(h.err, 5);
assert.sameValue(h.last, null);
h.err = MyError.OutOfMemory;
assert.sameValue(thrown(() => h.err, 'reading an error union field holding an error'), MyError.OutOfMemory);
assert.sameValue(holderValue(h), -100);
h.last = MyError.file_not_found;
assert.sameValue(h.last, MyError.file_not_found);
assert.sameValue(JSON.stringify(h), '{"err":{"error":"Out of memory"},"last":{"error":"File not found"}}');
// bad values: an error not in the set, unknown names, other types
for (const v of [Other.Unrelated, 'Unrelated', 'NoSuchError', 1.5, true, null, {}]) {
  expectArgError(errorName, [v], 0, 'MyError');
}
