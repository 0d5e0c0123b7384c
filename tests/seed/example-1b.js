/*---
description: seed example 1b - a Zig data object is changed in place
flags: [module]
expected_stdout: |
  Arnold Schwarzenegger is 77 years' old
  Arnold Schwarzenegger is 37 years' old
---*/
import { Actor, print, deage } from './memory-example-1.zig';

const actor = new Actor({
    name: 'Arnold Schwarzenegger',
    age: 77,
});

print(actor);
deage(actor, 40);
print(actor);
