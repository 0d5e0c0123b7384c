/*---
description: a missing module rejects the import() naming the file and the importer
flags: [module]
---*/
try {
  await import('./fixtures/nope.js');
  throw new Test262Error('no rejection');
} catch (e) {
  assert.sameValue(e.code, 'ERR_MODULE_NOT_FOUND');
  assert(e.message.includes('/tests/modules/fixtures/nope.js'), e.message);
  assert(e.message.includes('imported from ') && e.message.includes('dynamic-import-missing.js'), e.message);
}
try {
  await import('some-package');
  throw new Test262Error('no rejection');
} catch (e) {
  assert.sameValue(e.message.startsWith("Cannot find package 'some-package' imported from"), true, e.message);
}
