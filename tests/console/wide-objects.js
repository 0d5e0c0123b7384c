/*---
description: objects with many keys
expected_stdout: |
  { key0: 0, key1: 7, key2: 14 }
  { key0: 0, key1: 7, key2: 14, key3: 21, key4: 28, key5: 35 }
  {
    key0: 0,
    key1: 7,
    key2: 14,
    key3: 21,
    key4: 28,
    key5: 35,
    key6: 42,
    key7: 49,
    key8: 56
  }
  {
    key0: 0,
    key1: 7,
    key2: 14,
    key3: 21,
    key4: 28,
    key5: 35,
    key6: 42,
    key7: 49,
    key8: 56,
    key9: 63,
    key10: 70,
    key11: 77
  }
---*/
for (const n of [3, 6, 9, 12]) {
  console.log(Object.fromEntries(Array.from({ length: n }, (_, i) => ['key' + i, i * 7])));
}
