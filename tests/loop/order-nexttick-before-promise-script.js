/*---
description: as order-nexttick-before-promise but as a classic script, where ticks run before promise reactions (Node CommonJS order)
expected_stdout: |
  t1
  t2
  p1
  promise from t1
  p2
  tick from p1
---*/
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
}).then(() => console.log('p2'));
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('promise from t1'));
});
process.nextTick(() => console.log('t2'));
