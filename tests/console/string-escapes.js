/*---
description: control characters, backslashes and lone surrogates are escaped
expected_stdout: |
  [
    'tab\there',
    'nl\nx',
    '\r\b\f\x0B\x00',
    '\x1B[31m',
    '\x7F\x80\x9F',
    'back\\slash'
  ]
  [ '\ud800', '\udc00x', '😀', 'é', '中文' ]
---*/
console.log(['tab\there', 'nl\nx', '\r\b\f\v\0', '\x1b[31m', '\x7f\x80\x9f', 'back\\slash']);
console.log(['\ud800', '\udc00x', '😀', 'é', '中文']);
