/*---
description: AbortController / AbortSignal - abort(reason) sets aborted and reason once, fires 'abort' listeners (once, removed ones not) and onabort; the default reason is an AbortError; throwIfAborted
includes: [compareArray.js]
---*/
assert.sameValue(typeof AbortController, 'function');
assert.sameValue(typeof AbortSignal, 'function');
assert.sameValue(Object.getOwnPropertyDescriptor(globalThis, 'AbortController').enumerable, false);
assert.throws(TypeError, () => new AbortSignal(), 'AbortSignal is not constructible');

const c = new AbortController();
const s = c.signal;
assert.sameValue(c.signal, s, 'the same signal every time');
assert.sameValue(Object.prototype.toString.call(s), '[object AbortSignal]');
assert.sameValue(s.aborted, false);
assert.sameValue(s.reason, undefined);
s.throwIfAborted();

const log = [];
const removed = () => log.push('removed');
s.addEventListener('abort', (e) => log.push(`listener ${e.type} ${e.target === s}`));
s.addEventListener('abort', () => log.push('once'), { once: true });
s.addEventListener('abort', removed);
s.removeEventListener('abort', removed);
s.addEventListener('other', () => log.push('other'));
s.onabort = (e) => log.push(`onabort ${e.type}`);

c.abort('why');
assert.sameValue(s.aborted, true);
assert.sameValue(s.reason, 'why');
assert.compareArray(log, ['onabort abort', 'listener abort true', 'once']);
c.abort('again');
assert.sameValue(s.reason, 'why', 'aborting twice changes nothing');
assert.sameValue(log.length, 3, 'listeners fire once');
assert.throws(Test262Error, () => { try { s.throwIfAborted(); } catch (e) { if (e === 'why') throw new Test262Error('reason'); } });

const d = new AbortController();
d.abort();
assert.sameValue(d.signal.reason instanceof Error, true);
assert.sameValue(d.signal.reason.name, 'AbortError');
assert.sameValue(d.signal.reason.message, 'This operation was aborted');
let thrown = null;
try { d.signal.throwIfAborted(); } catch (e) { thrown = e; }
assert.sameValue(thrown, d.signal.reason);
