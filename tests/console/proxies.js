/*---
description: proxies are inspected through their target without traps
expected_stdout: |
  { a: 1 }
  [ 1, 2 ]
  [Function: pf]
  { p: { x: 1 } }
  <Revoked Proxy>
---*/
console.log(new Proxy({ a: 1 }, { get() { return 'trap'; } }));
console.log(new Proxy([1, 2], {}));
console.log(new Proxy(function pf() {}, {}));
console.log({ p: new Proxy({ x: 1 }, {}) });
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy);
