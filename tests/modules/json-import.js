/*---
description: a .json file imports as its parsed default export
flags: [module]
includes: [compareArray.js]
---*/
import data from './fixtures/data_FIXTURE.json';
assert.compareArray(data.list, [1, 2, 3]);
assert.sameValue(data.name, 'json');
