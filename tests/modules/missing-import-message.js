/*---
description: the missing-module report names the specifier's file and the importing file
flags: [module]
expected_exit: 1
expected_stderr_contains: "/tests/modules/fixtures/does-not-exist.js' imported from "
---*/
import './fixtures/imports_missing_FIXTURE.js';
