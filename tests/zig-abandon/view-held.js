/*---
description: a library stays open while JS holds a view of its memory (a pointer a function returned into its .data), which still reads the right bytes; once the view is dropped and collected it is closed; afterwards a pointer into its memory that JS never dereferenced, and a constant never read, throw "Module was abandoned" instead of reading unmapped memory
flags: [module]
zigar_flags: [--expose-gc]
---*/
import { dataPtr, bump, fill, Holder, Box, __zigar } from './abandon_statics.zig';
import { mapped } from './maps.zig';
import { thrown } from '../zig/helpers_FIXTURE.js';

const tick = () => new Promise((r) => setTimeout(r, 0));
const LIB = '/modules/abandon_statics-';

let p = dataPtr();
assert.sameValue(p.string, 'zig-data');
bump();
const holder = new Holder({});
fill(holder); // a pointer into .rodata, written by Zig into JS memory, not dereferenced yet
const before = __zigar.stats().libraries;

__zigar.abandon();
assert.sameValue(thrown(() => bump(), 'bump after abandon').message, 'Module was abandoned');
gc();
await tick();
assert.sameValue(__zigar.stats().libraries, before, 'a view of its .data keeps it open');
assert.sameValue(mapped(LIB), true);
assert.sameValue(p.string, '{ig-data', 'the view still reads the library\'s bytes (Zig\'s write included)');
assert.sameValue(p[0], 123);

p = null;
gc();
await tick();
assert.sameValue(__zigar.stats().libraries, before - 1, 'closed once the view was collected');
assert.sameValue(mapped(LIB), false, '/proc/self/maps no longer lists the library');

assert.sameValue(thrown(() => holder.p['*'], 'a kept pointer into the closed library').message, 'Module was abandoned');
assert.sameValue(thrown(() => Box.answer, 'a constant read after the close').message, 'Module was abandoned');
