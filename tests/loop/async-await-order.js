/*---
description: async functions and awaits resolve in Node's order
flags: [module]
expected_stdout: |
  a start
  b start
  sync end
  a after await
  b after await
  b done
  a after timeout
  a done
---*/
async function a() {
  console.log('a start');
  await null;
  console.log('a after await');
  await new Promise((r) => setTimeout(r, 1));
  console.log('a after timeout');
}
async function b() {
  console.log('b start');
  await Promise.resolve();
  console.log('b after await');
}
a().then(() => console.log('a done'));
b().then(() => console.log('b done'));
console.log('sync end');
