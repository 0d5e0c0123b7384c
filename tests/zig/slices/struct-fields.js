/*---
description: slices as struct fields and slices of structs
flags: [module]
---*/
import { Named, describeNamed, namedTotal } from './slices.zig';

assert.sameValue(describeNamed({ name: 'abc', score: 7 }), 3007);
const n = new Named({ name: 'hello', score: 1 });
assert.sameValue(n.name.string, 'hello');
assert.sameValue(describeNamed(n), 5001);
n.name = 'hi';
assert.sameValue(describeNamed(n), 2001);
assert.sameValue(namedTotal([{ name: 'a', score: 1 }, { name: 'b', score: 2 }, n]), 4);
assert.sameValue(JSON.stringify(n.valueOf()), '{"name":[104,105],"score":1}');
