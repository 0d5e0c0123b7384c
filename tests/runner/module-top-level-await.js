/*---
description: A module may await at top level; the run waits for it
flags: [module]
expected_stdout: |
  before
  after
---*/
print('before');
const v = await new Promise(function (resolve) { setTimeout(function () { resolve(7); }, 10); });
assert.sameValue(v, 7);
print('after');
