/*---
description: Exits 0 where 2 is expected
flags: [noStrict]
expected_exit: 2
---*/
print('exiting normally');
