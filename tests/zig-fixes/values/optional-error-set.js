/*---
description: '?ErrorSet and ?anyerror (no flag byte, null is error code 0): returns, arguments, fields, classes'
flags: [module]
---*/
import { E, OptE, OptAny, Holder, maybeErr, errCode, anyOr, holderScore, __zigar } from './values.zig';

assert.sameValue(__zigar.sizeOf(OptE), 2, 'no flag byte');
assert.sameValue(__zigar.sizeOf(OptAny), 2);
assert.sameValue(maybeErr(0), null);
assert.sameValue(maybeErr(1), E.Bad);
assert.sameValue(maybeErr(2), E.Worse);
assert.sameValue(errCode(null), -1);
assert.sameValue(errCode(undefined), -1);
assert.sameValue(errCode(E.Worse), Number(E.Worse));
assert.sameValue(errCode('Bad'), Number(E.Bad));
assert.sameValue(anyOr(null), false);
assert.sameValue(anyOr(E.Bad), true);

const o = new OptE(E.Bad);
assert.sameValue(o.$, E.Bad);
assert.sameValue(errCode(o), Number(E.Bad), 'an object of the class is accepted');
o.$ = null;
assert.sameValue(o.$, null);
assert.sameValue(o.valueOf(), null);
assert.sameValue(errCode(o), -1, 'an object of the class holding null is accepted');
const view = new DataView(new ArrayBuffer(2));
const c = OptE(view);
assert.sameValue(c.$, null, 'zero bytes: null');
view.setUint16(0, Number(E.Worse), true);
assert.sameValue(c.$, E.Worse, 'the error code is the payload');

const h = new Holder({});
assert.sameValue(h.last, null);
assert.sameValue(h.any, null);
assert.sameValue(holderScore(h), 1);
h.last = E.Worse;
h.any = 'Bad';
assert.sameValue(h.last, E.Worse);
assert.sameValue(h.any, E.Bad);
assert.sameValue(holderScore(h), 111);
assert.sameValue(JSON.stringify(h), '{"last":{"error":"Worse"},"any":{"error":"Bad"},"n":null}');
h.last = null;
assert.sameValue(h.last, null);
assert.sameValue(holderScore(h), 11);
