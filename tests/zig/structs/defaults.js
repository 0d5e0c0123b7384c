/*---
description: Zig default field values are applied by new T; missing required fields are a TypeError listing them; unknown keys are a TypeError
flags: [module]
---*/
import { WithDefaults, Point, defaultsSeen } from './structs.zig';

const w = new WithDefaults({ required: 1 });
assert.sameValue(w.name_len, 7);
assert.sameValue(w.ratio, 0.5);
assert.sameValue(w.flag, true);
assert.sameValue(w.count, -3n, 'an i64 default reads as bigint');
assert.sameValue(defaultsSeen(w), true);
assert.sameValue(defaultsSeen({ required: 2 }), true, 'defaults for a plain-object argument too');
const w2 = new WithDefaults({ required: 1, ratio: 2 });
assert.sameValue(w2.ratio, 2);
assert.sameValue(defaultsSeen(w2), false);

let e;
try { new Point({}); } catch (err) { e = err; }
assert(e instanceof TypeError, 'missing fields: TypeError');
assert(/x/.test(e.message) && /y/.test(e.message), 'lists both missing fields: ' + e.message);
e = undefined;
try { new Point({ x: 1 }); } catch (err) { e = err; }
assert(e instanceof TypeError, 'missing y');
assert(e.message.includes('y'), e.message);
e = undefined;
try { new Point({ x: 1, y: 2, z: 3 }); } catch (err) { e = err; }
assert(e instanceof TypeError, 'unknown key');
assert(e.message.includes('z'), 'names the unknown key: ' + e.message);
assert.throws(TypeError, () => new WithDefaults({}), 'required has no default');
assert.throws(TypeError, () => new Point(), 'new Point() without an initializer');
