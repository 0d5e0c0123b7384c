// decimalToHexString.js — code units as hex for URI and escape tests,
// written for zigar-run.

// At least four upper-case hex digits: 10 -> "000A", 0x1F600 -> "1F600".
function decimalToHexString(n) {
  var s = (n >>> 0).toString(16).toUpperCase();
  while (s.length < 4) s = '0' + s;
  return s;
}

// One byte as a URI escape: 10 -> "%0A".
function decimalToPercentHexString(n) {
  var s = (n & 0xFF).toString(16).toUpperCase();
  return '%' + (s.length < 2 ? '0' + s : s);
}
