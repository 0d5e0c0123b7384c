/*---
description: class names - named types use their Zig name, built-in types the Zig spelling, anonymous ones a counter (S0, EN0, ...); name and Symbol.toStringTag carry it
flags: [module]
---*/
import * as m from './names.zig';

const expect = {
  Named: 'Named', Alias: 'Named', I32: 'i32', ConstStr: '[]const u8', OptI32: '?i32', F32x4: '[4]f32',
  PtrI32: '*const i32', ManyU8: '[*]u8', ZStr: '[:0]const u8', Arr2x3: '[2][3]u8', Vec: '@Vector(4, f32)',
  FnType: 'fn (i32) bool', Pet: 'Pet', OptPtr: '?*Named',
};
for (const [k, name] of Object.entries(expect)) {
  assert.sameValue(m[k].name, name, `${k}.name`);
  assert.sameValue(m[k].prototype[Symbol.toStringTag], name, `${k} toStringTag`);
}
assert.sameValue(m.Alias, m.Named, 'an alias is the same class');
// an error set has no name of its own in Zig (@typeName is "error{A,B}"): a counter
assert(/^ES\d+$/.test(m.ES.name), 'error set counter name: ' + m.ES.name);
assert.sameValue(m.EU.name, `${m.ES.name}!i32`);
const a1 = m.anon1(), a2 = m.anon2();
assert(/^S\d+$/.test(a1.constructor.name), a1.constructor.name);
assert(/^S\d+$/.test(a2.constructor.name), a2.constructor.name);
assert.notSameValue(a1.constructor.name, a2.constructor.name, 'distinct counters');
assert.sameValue(Object.prototype.toString.call(a1), `[object ${a1.constructor.name}]`);
assert(/^EN\d+$/.test(m.anonEnum().constructor.name), m.anonEnum().constructor.name);
let e;
try { m.anonErr(true); } catch (x) { e = x; }
assert.sameValue(e.message, 'Oops');
