/*---
description: 'quote selection: single, double, backtick, escaped single'
expected_stdout: |
  [ "it's", 'say "hi"', `it's "q"`, 'it\'s "q" `b`', 'plain' ]
  { a: 'it\'s "q" ${x}' }
---*/
console.log(["it's", 'say "hi"', `it's "q"`, "it's \"q\" \`b\`", 'plain']);
console.log({ a: "it's \"q\" ${x}" });
