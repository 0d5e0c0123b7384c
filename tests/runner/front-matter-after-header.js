// Copyright (C) 2025 the zigar-run authors. All rights reserved.
// This code is governed by the license found in the LICENSE file.

/*---
description: The front matter may follow a licence comment, and its keys may come in any order
flags: [onlyStrict]
includes: [nans.js]
---*/
assert.sameValue(typeof NaNs, 'object');
