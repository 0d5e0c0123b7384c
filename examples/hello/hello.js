// The README's example: a Zig struct made in JavaScript, changed by Zig in
// place, printed by Zig through console.log.
import { Actor, print, deage } from './actor.zig';

const actor = new Actor({ name: 'Arnold Schwarzenegger', age: 77 });
deage(actor, 40);
print(actor);
