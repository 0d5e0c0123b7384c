/*---
description: atob decodes forgiving-base64, ignoring ASCII whitespace and allowing omitted padding
---*/
assert.sameValue(atob(''), '');
assert.sameValue(atob('Zg=='), 'f');
assert.sameValue(atob('Zg'), 'f', 'padding may be omitted');
assert.sameValue(atob('Zm8='), 'fo');
assert.sameValue(atob('Zm8'), 'fo');
assert.sameValue(atob('Zm9v'), 'foo');
assert.sameValue(atob(' Z m\t9\nv\fY\rg = = '), 'foob', 'TAB LF FF CR SPACE are ignored anywhere');
assert.sameValue(atob('//79'), '\u00ff\u00fe\u00fd');
assert.sameValue(atob('YR=='), 'a', 'non-zero trailing bits are discarded');
assert.sameValue(atob('SGVsbG8sIFdvcmxkIQ=='), 'Hello, World!');
