/*---
description: TextDecoder labels are matched case-insensitively after trimming ASCII whitespace
---*/
var cases = [
  ['utf-8', 'utf-8'], ['UTF-8', 'utf-8'], ['utf8', 'utf-8'], ['Unicode-1-1-UTF-8', 'utf-8'],
  [' utf-8\n', 'utf-8'], ['\t\f\rutf8 ', 'utf-8'], ['unicode11utf8', 'utf-8'], ['x-unicode20utf8', 'utf-8'],
  ['utf-16le', 'utf-16le'], ['UTF-16', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicodefeff', 'utf-16le'],
  ['latin1', 'windows-1252'], ['ISO-8859-1', 'windows-1252'], ['ascii', 'windows-1252'],
  ['us-ascii', 'windows-1252'], ['windows-1252', 'windows-1252'], ['cp1252', 'windows-1252']
];
for (var i = 0; i < cases.length; i++) {
  assert.sameValue(new TextDecoder(cases[i][0]).encoding, cases[i][1], JSON.stringify(cases[i][0]));
}
assert.sameValue(new TextDecoder().encoding, 'utf-8');
assert.sameValue(new TextDecoder(undefined).encoding, 'utf-8');
assert.sameValue(new TextDecoder({ toString: function () { return 'utf8'; } }).encoding, 'utf-8');
assert.throws(RangeError, function () { new TextDecoder('\u000butf-8'); }, 'vertical tab is not trimmed');
assert.throws(RangeError, function () { new TextDecoder('\u00a0utf-8'); }, 'NBSP is not trimmed');
assert.throws(RangeError, function () { new TextDecoder(null); }, 'null becomes "null"');
