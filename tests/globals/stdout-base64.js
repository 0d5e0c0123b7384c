/*---
description: Prints atob and btoa results and error names for a set of inputs
expected_stdout: |
  atob("") = ""
  atob("YQ") = "a"
  atob("YQ=") = InvalidCharacterError: Invalid character
  atob("YQ==") = "a"
  atob("YQ===") = InvalidCharacterError: Invalid character
  atob(" Y Q = = ") = "a"
  atob("YWJj") = "abc"
  atob("YW Jj\n") = "abc"
  atob("Y") = InvalidCharacterError: The string to be decoded is not correctly encoded.
  atob("YWJjZ") = InvalidCharacterError: The string to be decoded is not correctly encoded.
  atob("ab=c") = InvalidCharacterError: Invalid character
  atob("ab$c") = InvalidCharacterError: Invalid character
  atob("é") = InvalidCharacterError: Invalid character
  btoa("") = ""
  btoa("a") = "YQ=="
  btoa("ab") = "YWI="
  btoa("abc") = "YWJj"
  btoa("\u0000ÿ") = "AP8="
  btoa("Ā") threw InvalidCharacterError: Invalid character
---*/
var inputs = ['', 'YQ', 'YQ=', 'YQ==', 'YQ===', ' Y Q = = ', 'YWJj', 'YW Jj\n', 'Y', 'YWJjZ', 'ab=c', 'ab$c', '\u00e9'];
for (var i = 0; i < inputs.length; i++) {
  var out;
  try {
    out = JSON.stringify(atob(inputs[i]));
  } catch (e) {
    out = e.name + ': ' + e.message;
  }
  console.log('atob(' + JSON.stringify(inputs[i]) + ') =', out);
}
var raws = ['', 'a', 'ab', 'abc', '\u0000\u00ff', '\u0100'];
for (var j = 0; j < raws.length; j++) {
  try {
    console.log('btoa(' + JSON.stringify(raws[j]) + ') =', JSON.stringify(btoa(raws[j])));
  } catch (e) {
    console.log('btoa(' + JSON.stringify(raws[j]) + ') threw', e.name + ': ' + e.message);
  }
}
