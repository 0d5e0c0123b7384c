/*---
description: dynamic import() of relative, absolute and file URL specifiers gives the same namespace
flags: [module]
---*/
const rel = await import('./fixtures/a_FIXTURE.js');
const href = import.meta.url.replace(/dynamic-import\.js$/, 'fixtures/a_FIXTURE.js');
const byUrl = await import(href);
const byPath = await import(href.slice('file://'.length));
assert.sameValue(rel, byUrl);
assert.sameValue(rel, byPath);
assert.sameValue(rel.name, 'a');
