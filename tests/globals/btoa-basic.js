/*---
description: btoa encodes a binary string with padding
---*/
assert.sameValue(btoa(''), '');
assert.sameValue(btoa('f'), 'Zg==');
assert.sameValue(btoa('fo'), 'Zm8=');
assert.sameValue(btoa('foo'), 'Zm9v');
assert.sameValue(btoa('foob'), 'Zm9vYg==');
assert.sameValue(btoa('Hello, World!'), 'SGVsbG8sIFdvcmxkIQ==');
assert.sameValue(btoa('\u00ff\u00fe\u00fd'), '//79');
assert.sameValue(btoa('\0\0\0'), 'AAAA');
assert.sameValue(btoa(null), 'bnVsbA==', 'ToString(null)');
assert.sameValue(btoa(undefined), 'dW5kZWZpbmVk', 'ToString(undefined)');
assert.sameValue(btoa(12), 'MTI=');
