/*---
description: decimalToHexString pads to four digits; the percent form to one byte
includes: [decimalToHexString.js]
---*/
assert.sameValue(decimalToHexString(0), '0000');
assert.sameValue(decimalToHexString(10), '000A');
assert.sameValue(decimalToHexString(0xFFFF), 'FFFF');
assert.sameValue(decimalToHexString(0x1F600), '1F600');
assert.sameValue(decimalToPercentHexString(10), '%0A');
assert.sameValue(decimalToPercentHexString(0xE2), '%E2');
