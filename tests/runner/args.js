/*---
description: args are passed after the script path
args: [alpha, 'beta gamma']
---*/
var tail = process.argv.slice(-2);
assert.sameValue(tail[0], 'alpha');
assert.sameValue(tail[1], 'beta gamma');
