/*---
description: expected_stdout as a double-quoted scalar with escapes
expected_stdout: "tab:\there\nquote: \"q\"\n"
---*/
print('tab:\there');
print('quote: "q"');
