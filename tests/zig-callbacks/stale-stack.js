/*---
description: views of Zig stack memory handed to a callback are detached when the callback returns; a later access throws a TypeError that says why
flags: [module]
expected_stdout: |
  { x: 1.5, y: 2.5 }
  TypeError: Zig stack memory is no longer valid: the Zig function that owned it has returned
  TypeError: Zig stack memory is no longer valid: the Zig function that owned it has returned
  TypeError: Zig stack memory is no longer valid: the Zig function that owned it has returned
  { x: 1.5, y: 2.5 }
---*/
import { stackPoint } from './callbacks.zig';

let point, ptr;
stackPoint((p) => {
    ptr = p;
    point = p['*'];
    console.log(point.valueOf());
});
for (const use of [() => point.valueOf(), () => point.x, () => ptr['*'].y]) {
    try {
        console.log(use());
    } catch (e) {
        console.log(`${e.constructor.name}: ${e.message}`);
    }
}
// a new call at the same stack address gets a new, valid view
stackPoint((p) => console.log(p['*'].valueOf()));
