/*---
description: in an ES module the evaluation's own microtasks drain first (Node ESM), then ticks before promise reactions
flags: [module]
expected_stdout: |
  p1
  p2
  t1
  t2
  tick from p1
  promise from t1
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
