/*---
description: dates print as ISO strings, invalid dates as Invalid Date
expected_stdout: |
  1970-01-01T00:00:00.000Z
  Invalid Date
  { when: 1970-01-02T00:00:00.000Z }
  1970-01-01T00:00:00.000Z { x: 1 }
---*/
console.log(new Date(0));
console.log(new Date(NaN));
console.log({ when: new Date(86400000) });
console.log(Object.assign(new Date(0), { x: 1 }));
