/*---
description: a hot loop (optimised by V8 without natives syntax) with a bad value at the end gets the precise error
flags: [module]
---*/
import { addI32, pick } from './fast.zig';
import { checkConversionError, thrown } from '../helpers_FIXTURE.js';

function run(values) {
  let t = 0;
  for (const v of values) t = addI32(t, v) | 0;
  return t;
}
const good = new Array(200000).fill(1);
assert.sameValue(run(good), 200000);
assert.sameValue(run(good), 200000);
for (const bad of [2.5, 2 ** 40, 'x', -0.5]) {
  const e = thrown(() => run([1, 2, bad]), 'bad ' + bad);
  checkConversionError(e, 'addI32 in a hot loop', 'args[1]', 'i32', bad, bad === 'x' ? undefined : TypeError);
}
function sel(c) { return pick(c, 1, 2); }
let s = 0;
for (let i = 0; i < 200000; i++) s += sel(i % 2 === 0);
assert.sameValue(s, 300000);
// docs/data-objects.md: bool accepts numbers by truthiness, but not strings or undefined
assert.sameValue(sel(1), 1, 'a number for bool: truthiness');
assert.sameValue(sel(0), 2);
checkConversionError(thrown(() => sel('yes'), "pick('yes', …)"), 'pick', 'args[0]', 'bool', 'yes');
checkConversionError(thrown(() => sel(undefined), 'pick(undefined, …)'), 'pick', 'args[0]', 'bool', undefined);
