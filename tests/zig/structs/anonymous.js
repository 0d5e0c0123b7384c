/*---
description: an anonymous struct return type gets a counter name and converts with valueOf
flags: [module]
---*/
import { anonymous } from './structs.zig';

const a = anonymous();
assert.sameValue(a.a, 5);
assert.sameValue(a.b, true);
assert(/^S\d+$/.test(a.constructor.name), 'counter name: ' + a.constructor.name);
assert.sameValue(Object.prototype.toString.call(a), `[object ${a.constructor.name}]`);
assert.sameValue(JSON.stringify(a.valueOf()), '{"a":5,"b":true}');
