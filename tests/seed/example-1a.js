/*---
description: seed example 1a - a plain object passed by pointer is a temporary copy
flags: [module]
expected_stdout: |
  Arnold Schwarzenegger is 77 years' old
  Arnold Schwarzenegger is 77 years' old
---*/
import { print, deage } from './memory-example-1.zig';

const actor = {
    name: 'Arnold Schwarzenegger',
    age: 77,
};

print(actor);
deage(actor, 40);
print(actor);
