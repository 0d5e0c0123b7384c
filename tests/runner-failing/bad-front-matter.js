/*---
description: Malformed front matter
flags: [noStrict
---*/
