/*---
description: Includes a harness file that does not exist
flags: [noStrict]
includes: [doesNotExist.js]
---*/
