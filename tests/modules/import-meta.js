/*---
description: import.meta.url is the module's file URL; filename, dirname and resolve
flags: [module]
---*/
import { url } from './fixtures/sub/b_FIXTURE.js';
assert(import.meta.url.startsWith('file:///'), import.meta.url);
assert(import.meta.url.endsWith('/tests/modules/import-meta.js'), import.meta.url);
assert(url.endsWith('/tests/modules/fixtures/sub/b_FIXTURE.js'), url);
assert.sameValue('file://' + import.meta.filename, import.meta.url);
assert(import.meta.dirname.endsWith('/tests/modules'));
assert.sameValue(import.meta.resolve('./x.js'), import.meta.url.replace(/import-meta\.js$/, 'x.js'));
