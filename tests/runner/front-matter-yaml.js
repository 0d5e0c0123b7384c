/*---
# a comment line inside the front matter
description: >
  A folded description
  over two lines.
info: |
  Free text that the runner ignores:
    - it looks like a list: it is not one
    key: it looks like a key: it is not one
esid: sec-not-real
features: [Symbol.iterator,
  Reflect]
includes:
  - compareArray.js
  - 'isConstructor.js'
flags:
- noStrict   # YAML comments are allowed after values
---*/
assert.sameValue(typeof compareArray, 'function');
assert.sameValue(typeof isConstructor, 'function');
