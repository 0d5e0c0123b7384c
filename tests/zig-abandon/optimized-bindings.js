/*---
description: after abandon(), call sites V8 optimised with a function's Fast API entry throw "Module was abandoned" - through the import binding, the namespace object and the default export - and the replaced functions keep their names and lengths
flags: [module]
zigar_flags: ['--v8-flags=--allow-natives-syntax']
expected_stdout: |
  before: 3 3 3
  binding: Module was abandoned
  namespace: Module was abandoned
  default: Module was abandoned
  addI32 2 true true
---*/
import { addI32, __zigar } from './abandon_fast.zig?optimize=ReleaseFast';
import * as ns from './abandon_fast.zig?optimize=ReleaseFast';
import def from './abandon_fast.zig?optimize=ReleaseFast';

const viaBinding = (a, b) => addI32(a, b);
const viaNamespace = (a, b) => ns.addI32(a, b);
const viaDefault = (a, b) => def.addI32(a, b);
const sites = [viaBinding, viaNamespace, viaDefault];
for (const site of sites) {
  %PrepareFunctionForOptimization(site);
  site(1, 2);
  site(2, 3);
  %OptimizeFunctionOnNextCall(site);
}
console.log('before:', ...sites.map((site) => site(1, 2)));

__zigar.abandon();
const attempt = (site) => {
  try {
    return `unexpected ${site(1, 2)}`;
  } catch (e) {
    return e.message;
  }
};
console.log('binding:', attempt(viaBinding));
console.log('namespace:', attempt(viaNamespace));
console.log('default:', attempt(viaDefault));
console.log(addI32.name, addI32.length, addI32 === ns.addI32, def.addI32 === addI32);
