/*---
description: '[]const u8 from a JS string (UTF-8), returned u8 slices read as .string; [:0]const u8; []const u16 from a string is UTF-16'
flags: [module]
---*/
import { len, secondLen, greeting, cgreeting, firstByte, countZ, utf16Len, utf16First, empty } from './slices.zig';

assert.sameValue(len('hello'), 5);
assert.sameValue(len(''), 0);
assert.sameValue(len('héllo'), 6, 'UTF-8 bytes');
assert.sameValue(len('😀'), 4);
assert.sameValue(secondLen(1, 'abc'), 3);
assert.sameValue(firstByte('A'), 65);
const g = greeting();
assert.sameValue(g.string, 'Hello from Zig');
assert.sameValue(g.length, 14);
assert.sameValue(g[0], 72);
assert.sameValue(String.fromCharCode(...g), 'Hello from Zig', 'iterable bytes');
const c = cgreeting();
assert.sameValue(c.string, 'zero-terminated');
assert.sameValue(c.length, 15);
assert.sameValue(countZ('abc'), 3, 'a JS string given to [:0]const u8 gets its sentinel');
assert.sameValue(utf16Len('héllo'), 5, 'UTF-16 code units');
assert.sameValue(utf16Len('😀'), 2);
assert.sameValue(utf16First('é'), 0xe9);
assert.sameValue(empty().length, 0);
assert.sameValue(empty().string, '');
