/*---
description: btoa then atob round-trips every byte value and every length up to 12
---*/
var all = '';
for (var i = 0; i < 256; i++) all += String.fromCharCode(i);
assert.sameValue(atob(btoa(all)), all);
for (var n = 0; n <= 12; n++) {
  var s = all.slice(100, 100 + n);
  var b = btoa(s);
  assert.sameValue(b.length % 4, 0, 'padded length for ' + n);
  assert.sameValue(atob(b), s, 'length ' + n);
  assert.sameValue(atob(b.replace(/=/g, '')), s, 'unpadded, length ' + n);
}
var big = '';
for (var j = 0; j < 5000; j++) big += String.fromCharCode((j * 31) & 255);
assert.sameValue(atob(btoa(big)), big, 'long input');
