/*---
description: bad values for bool - a TypeError naming args[N], bool and the value; never a crash
flags: [module]
---*/
import { echoBool, secondBool, Flags } from './bool.zig';
import { expectArgError, expectWriteError } from '../helpers_FIXTURE.js';

const bad = ['true', '', 'false', null, undefined, {}, [true], Symbol('b'), () => true];
for (const v of bad) {
  expectArgError(echoBool, [v], 0, 'bool');
  expectArgError(secondBool, [1, v], 1, 'bool');
  const f = new Flags({ other: true });
  expectWriteError((x) => { f.on = x; }, v, 'bool', 'f.on =');
  assert.sameValue(f.on, true, 'unchanged after a failed write');
}
