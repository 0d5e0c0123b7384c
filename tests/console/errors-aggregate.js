/*---
description: AggregateError shows [errors]
expected_stdout: |
  AggregateError: many
      at q (r.js:1:1) {
    [errors]: [
      Error: a
          at x (y.js:1:1),
      'b'
    ]
  }
---*/
const a = new Error('a');
a.stack = 'Error: a\n    at x (y.js:1:1)';
const agg = new AggregateError([a, 'b'], 'many');
agg.stack = 'AggregateError: many\n    at q (r.js:1:1)';
console.log(agg);
