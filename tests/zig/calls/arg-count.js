/*---
description: the argument count is checked ("Expecting 2 arguments, received 1"); name and length are the Zig name and parameter count
flags: [module]
---*/
import { none, two, three, wide } from './calls.zig';
import { thrown } from '../helpers_FIXTURE.js';

const cases = [[none, 0], [two, 2], [three, 3], [wide, 3]];
for (const [f, n] of cases) {
  assert.sameValue(f.length, n, f.name + '.length');
  for (const k of [n - 1, n + 1, n + 3].filter((x) => x >= 0)) {
    const e = thrown(() => f(...new Array(k).fill(1)), `${f.name} with ${k}`);
    assert(e instanceof TypeError, 'a TypeError');
    assert.sameValue(e.message, `Expecting ${n} argument${n === 1 ? '' : 's'}, received ${k}`);
  }
}
assert.sameValue(none.name, 'none');
assert.sameValue(two.name, 'two');
assert.sameValue(two(1, 2), 3);
assert.sameValue(three(true, 'abc', 0.5), 3.5);
assert.sameValue(wide(1n, 2n, 5n), 8n);
