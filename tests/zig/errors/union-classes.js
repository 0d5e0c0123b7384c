/*---
description: error union classes - new EU(value) / new EU(error), $ reads the payload or throws the error, valueOf gives the error object without throwing; a cast shares memory
flags: [module]
---*/
import { MyError, fail, __zigar } from './errors.zig';
import * as m from './errors.zig';
import { thrown } from '../helpers_FIXTURE.js';

const U = m.Holder; // error unions as struct fields
const x = new U({ err: 7 });
assert.sameValue(x.err, 7);
x.err = MyError.TLSFailure;
assert.sameValue(thrown(() => x.err, 'x.err'), MyError.TLSFailure);
assert.sameValue(x.valueOf().err, MyError.TLSFailure, 'valueOf gives the error object, not thrown');
x.$ = { err: 8, last: 'OutOfMemory' };
assert.sameValue(x.err, 8);
assert.sameValue(x.last, MyError.OutOfMemory, 'an error set field takes a name');
assert.sameValue(__zigar.typeOf(MyError), 'error set');
assert.throws(TypeError, () => { x.err = 'x'; }, 'a string that is neither payload nor error');
