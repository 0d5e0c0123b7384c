/*---
description: AbortSignal.abort() is already aborted; AbortSignal.timeout(ms) aborts later with a TimeoutError and does not keep the process alive; a throwing listener is reported without stopping the others
flags: [async]
---*/
const a = AbortSignal.abort();
assert.sameValue(a.aborted, true);
assert.sameValue(a.reason.name, 'AbortError');
assert.sameValue(AbortSignal.abort(42).reason, 42);
assert.throws(RangeError, () => AbortSignal.timeout(-1));

const t = AbortSignal.timeout(10);
assert.sameValue(t.aborted, false);
const started = Date.now();
t.addEventListener('abort', () => {
    try {
        assert.sameValue(t.aborted, true);
        assert.sameValue(t.reason.name, 'TimeoutError');
        assert(Date.now() - started >= 9, 'after the delay');
        $DONE();
    } catch (e) {
        $DONE(e);
    }
});
// keeps the process alive only through this timer
setTimeout(() => {}, 50);
AbortSignal.timeout(100000); // unref'd: the process exits before it
