/*---
description: bad enum arguments - unknown names or values are a RangeError, wrong types a TypeError; all name args[N], the enum type and the value
flags: [module]
---*/
import { Pet, Code, next, secondCode, Owner } from './enums.zig';
import { expectArgError, expectWriteError } from '../helpers_FIXTURE.js';

for (const v of ['cow', 'Dog', 3, -1, 1000n]) {
  expectArgError(next, [v], 0, 'Pet', RangeError);
}
for (const v of ['fish', 201, 0, 'dog', Pet.dog]) {
  expectArgError(secondCode, [1, v], 1, 'Code', RangeError);
}
for (const v of [null, undefined, true, {}, 1.5, Symbol('e')]) {
  expectArgError(next, [v], 0, 'Pet');
  expectArgError(secondCode, [1, v], 1, 'Code');
}
const o = new Owner({ code: 200 });
expectWriteError((v) => { o.pet = v; }, 'cow', 'Pet', 'o.pet =', RangeError);
assert.throws(RangeError, () => Pet(7), 'Pet(7)');
assert.throws(RangeError, () => Pet('hamster'), "Pet('hamster')");
