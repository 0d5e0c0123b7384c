/*---
description: enums as argument (item, name, value), return value (the singleton item), struct field, cast E(1) / E('cat'), String/Number
flags: [module]
---*/
import { Pet, Code, Signed, Open, next, secondCode, codeOf, neg, openValue, makeOpen, Owner, ownerScore, maybePet, __zigar } from './enums.zig';

assert.sameValue(next(Pet.dog), Pet.cat, 'returns the singleton item');
assert.sameValue(next('cat'), Pet.fish, 'a name');
assert.sameValue(next(2), Pet.dog, 'a value');
assert.sameValue(String(Pet.cat), 'cat');
assert.sameValue(`${Pet.fish}`, 'fish');
assert.sameValue(Number(Pet.fish), 2);
assert.sameValue(Pet(1), Pet.cat, 'E(1)');
assert.sameValue(Pet('fish'), Pet.fish, "E('fish')");
assert(Pet.dog instanceof Pet);
assert.sameValue(Pet.dog.valueOf(), 'dog');
assert.sameValue(JSON.stringify({ p: Pet.dog }), '{"p":"dog"}');
assert.sameValue(secondCode(0, Code.teapot), 418);
assert.sameValue(secondCode(0, 'not_found'), 404);
assert.sameValue(secondCode(0, 200), 200);
assert.sameValue(codeOf(404), Code.not_found);
assert.sameValue(Number(neg()), -1);
assert.sameValue(neg(), Signed.neg);
assert.sameValue(openValue(Open.b), 2);
assert.sameValue(openValue(77), 77, 'a non-exhaustive enum takes any u8');
const u = makeOpen(77);
assert.sameValue(Number(u), 77);
assert.sameValue(makeOpen(77), u, 'the unnamed item is cached');
assert.sameValue(makeOpen(1), Open.a);
const o = new Owner({ code: 'ok' });
assert.sameValue(o.pet, Pet.cat);
assert.sameValue(o.code, Code.ok);
assert.sameValue(ownerScore(o), 1200);
o.pet = 'fish';
o.code = Code.teapot;
assert.sameValue(ownerScore(o), 2418);
assert.sameValue(JSON.stringify(o.valueOf()), '{"pet":"fish","code":"teapot"}');
assert.sameValue(maybePet(true), Pet.fish);
assert.sameValue(maybePet(false), null);
assert.sameValue(__zigar.typeOf(Pet), 'enum');
assert.sameValue(Pet.name, 'Pet');
assert.sameValue(Object.keys(Pet).join(), 'dog,cat,fish', 'items are enumerable static members');
