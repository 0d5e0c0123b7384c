/*---
description: top-level await in the main module and in an imported module
flags: [module]
expected_stdout: |
  before
  42
  after
---*/
import { value } from './fixtures/tla_FIXTURE.js';
console.log('before');
console.log(await Promise.resolve(value));
await new Promise((r) => setTimeout(r, 1));
console.log('after');
