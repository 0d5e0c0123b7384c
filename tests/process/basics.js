/*---
description: process has Node's everyday fields with the right types
flags: [module]
---*/
assert.sameValue(process.platform, 'linux');
assert(['x64', 'arm64'].includes(process.arch), process.arch);
assert.sameValue(typeof process.pid, 'number');
assert.sameValue(typeof process.ppid, 'number');
assert(process.version.startsWith('v'), process.version);
assert.sameValue(typeof process.versions.v8, 'string');
assert.sameValue(typeof process.versions.uv, 'string');
assert.sameValue(process.argv.length >= 2, true);
assert(process.argv[1].endsWith('/tests/process/basics.js'), process.argv[1]);
assert.sameValue(typeof process.env.PATH, 'string');
assert.sameValue(typeof process.cwd(), 'string');
assert.sameValue(Object.prototype.toString.call(process), '[object process]');
