/*---
description: a module called like a std namespace (enums.zig) exports everything, its private/anonymous/generic types keep their declarations, an imported user file called like std.fmt is walked too, while std's own types are not
flags: [module]
---*/
import { Pet, next, Box, G8, PetSet, fmtfile } from './enums.zig';

assert.sameValue(next(Pet.dog), Pet.cat);
const b = new Box({ inner: { v: 21 }, anon: { a: 1 } });
assert.sameValue(b.inner.twice(), 42, 'a private type reached through a field is walked (methods)');
assert.sameValue(b.anon.constructor.seven, 7, 'an anonymous field type is walked');
assert.sameValue(G8.kind, 3, 'a generic instance of the module is walked');
assert.sameValue(typeof PetSet, 'function');
assert.sameValue(PetSet.initEmpty, undefined, "std.enums.EnumSet's declarations are not walked");
assert.sameValue(PetSet.initFull, undefined);
assert.sameValue(fmtfile.thrice(5), 15, 'a user file called fmt.zig is walked');
assert.sameValue(new fmtfile.Unit({ n: 2 }).plus(3), 5);
