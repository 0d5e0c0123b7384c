/*---
description: Zig output goes to the *current* console.log (a replacement sees it)
flags: [module]
expected_stdout: |
  before
  [captured] zig says 5
  after
---*/
import { hello } from './output.zig';

console.log('before');
const orig = console.log;
console.log = (...args) => orig('[captured]', ...args);
hello(5);
console.log = orig;
console.log('after');
