/*---
description: seed example 1c - a misaligned object is copied into aligned memory for the call and back
flags: [module]
expected_stdout: |
  alignment = 8
  Arnold Schwarzenegger is 77 years' old
  Arnold Schwarzenegger is 37 years' old
---*/
import { __zigar, Actor, print, deage } from './memory-example-1.zig';

console.log(`alignment = ${__zigar.alignOf(Actor)}`);
const size = __zigar.sizeOf(Actor);
const buffer = new ArrayBuffer(size + 1);
const dv = new DataView(buffer, 1);
const actor = Actor(dv);
actor.$ = {
    name: 'Arnold Schwarzenegger',
    age: 77,
};

print(actor);
deage(actor, 40);
print(actor);
