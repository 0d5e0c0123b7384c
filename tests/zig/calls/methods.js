/*---
description: methods (first parameter Self, *Self, *const Self) appear on instances; static functions on the class; argument errors in methods are numbered from the method's view
flags: [module]
---*/
import { Counter } from './calls.zig';
import { thrown, checkConversionError } from '../helpers_FIXTURE.js';

const c = new Counter({});
c.inc(5);
assert.sameValue(c.n, 5);
assert.sameValue(c.get(), 5);
assert.sameValue(c.peek(), 5);
assert.sameValue(Counter.inc.length, 2, 'the static form keeps self');
assert.sameValue(c.inc.length, 1, 'the method form drops self');
Counter.inc(c, 1);
assert.sameValue(c.n, 6);
const m = Counter.make(10);
assert(m instanceof Counter);
assert.sameValue(m.get(), 10);
assert.sameValue(Object.keys(c).includes('inc'), false, 'methods are not own enumerable');
const e = thrown(() => c.inc('x'), "c.inc('x')");
checkConversionError(e, 'method arg', 'args[0]', 'i32', 'x');
const e2 = thrown(() => Counter.inc(c, 'x'), "Counter.inc(c, 'x')");
checkConversionError(e2, 'static arg', 'args[1]', 'i32', 'x');
const e3 = thrown(() => c.inc(), 'c.inc()');
assert.sameValue(e3.message, 'Expecting 1 argument, received 0');
