/*---
description: entries are combined when they fit, split when one more character is added
expected_stdout: |
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
  {
    aaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    bbb: 'yyy'
  }
---*/
for (let n = 54; n <= 62; n++) console.log({ aaa: 'x'.repeat(n), bbb: 'yyy' });
