/*---
description: the globals a Node script expects exist with the right types
flags: [module]
---*/
for (const name of ['console', 'process', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout',
  'clearInterval', 'clearImmediate', 'queueMicrotask', 'TextEncoder', 'TextDecoder', 'atob', 'btoa',
  'structuredClone', 'performance', 'global']) {
  assert(name in globalThis, name);
}
assert.sameValue(global, globalThis);
assert.sameValue(typeof structuredClone, 'function');
console = 5;
assert.sameValue(console, 5);
