/*---
description: FinalizationRegistry callbacks run (the loop pumps V8's platform tasks) and WeakRefs clear after a GC in a later turn
flags: [module]
zigar_flags: [--expose-gc]
expected_stdout: |
  finalized token
  weak ref cleared true
---*/
const registry = new FinalizationRegistry((held) => console.log('finalized', held));
let ref;
(function () {
  const target = { big: new Array(1000).fill(1) };
  registry.register(target, 'token');
  ref = new WeakRef(target);
})();
await new Promise((r) => setTimeout(r, 1)); // a new turn: WeakRef targets are no longer kept
gc();
await new Promise((r) => setTimeout(r, 20));
console.log('weak ref cleared', ref.deref() === undefined);
