/*---
description: arguments of every class reach the callback (register, float and stack arguments; structs copied; the C calling convention); results come back
flags: [module]
expected_stdout: |
  1 2 3 4 5 6 7 8 0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5
  68
  200 { a: 1n, b: 2n, c: 3n } 0.25 -5n true
  60n
  3 0.5
  3.5
  hello from Zig
  21
  4950
---*/
import { many, mixed, cCall, greet, twice, loop } from './callbacks.zig';

console.log(many((...args) => { console.log(args.join(" ")); return args.reduce((a, b) => a + b, 0); }));
console.log(mixed((u, big, f, i, b) => {
    console.log(u, big.valueOf(), f, i, b);
    return { a: 10n, b: 20n, c: 30n };
}));
console.log(cCall((i, d) => { console.log(i, d); return i + d; }));
greet((s) => console.log(s.string));
// a callback that calls Zig that calls another callback
console.log(twice((x) => twice((y) => y * 2, x) + 1, 1));
console.log(loop((i) => i, 100));
