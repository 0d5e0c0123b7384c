/*---
description: a Zig error comes back as a thrown JS Error; the same object each time; message is the name split into words; it is a member of its error set
flags: [module]
---*/
import { MyError, Other, fail, failAny, failVoid, failStruct, failOptional } from './errors.zig';
import { thrown } from '../helpers_FIXTURE.js';

assert.sameValue(fail(0), 42);
const e1 = thrown(() => fail(1), 'fail(1)');
assert(e1 instanceof Error, 'an Error');
assert.sameValue(e1, MyError.SystemIsOnFire, 'err === ErrorSet.SystemIsOnFire');
assert.sameValue(thrown(() => fail(1), 'again'), e1, 'the same object every time');
assert.sameValue(e1.message, 'System is on fire');
assert.sameValue(thrown(() => fail(2), 'fail(2)').message, 'Out of memory');
assert.sameValue(thrown(() => fail(3), 'fail(3)').message, 'File not found');
assert.sameValue(thrown(() => fail(4), 'fail(4)').message, 'TLS failure');
assert.sameValue(thrown(() => fail(3), 'fail(3)'), MyError.file_not_found);
assert(e1 instanceof MyError, 'instanceof its set');
assert(e1 in MyError, 'err in ErrorSet');
assert(e1 in Other, 'the same error is in another set that lists it');
assert.sameValue(Other.SystemIsOnFire, e1, 'one object per error name');
assert(!(MyError.OutOfMemory in Other));
assert.sameValue(failAny(false), 1n << 40n);
assert.sameValue(thrown(() => failAny(true), 'failAny').message, 'Unrelated');
assert.sameValue(thrown(() => failAny(true), 'failAny'), Other.Unrelated);
assert.sameValue(failVoid(false), undefined);
assert.sameValue(thrown(() => failVoid(true), 'failVoid'), MyError.OutOfMemory);
assert.sameValue(failStruct(false).y, 2);
assert.sameValue(thrown(() => failStruct(true), 'failStruct'), MyError.SystemIsOnFire);
assert.sameValue(failOptional(0), 1);
assert.sameValue(failOptional(1), null);
assert.sameValue(thrown(() => failOptional(2), 'failOptional'), e1);
