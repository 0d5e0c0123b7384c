/*---
description: callbacks made in a loop share one TryCatch per Zig call; a try/catch inside the callback still catches its own exceptions, and nested Zig calls with callbacks each get theirs
flags: [module]
expected_stdout: |
  caught 15 of 100, sum 4215
  inner 45 outer 45 rounds 10
  3 File not found, File not found, File not found
---*/
import { loop, tryIt, Failure } from './callbacks.zig';

// The JS exception never leaves the callback: the frame's TryCatch must not
// take it first.
let caught = 0;
const sum = loop((i) => {
  try {
    if (i % 7 === 0) throw new Error(`no ${i}`);
    return i;
  } catch (e) {
    if (e.message !== `no ${i}`) throw e;
    caught++;
    return 0;
  }
}, 100);
// 0+1+…+99 = 4950, less the multiples of 7 (0+7+…+98 = 735), for which it returns 0
console.log(`caught ${caught} of 100, sum ${sum}`);

// A callback that itself calls Zig with another callback: the inner call
// opens a frame of its own, and the outer callbacks still work after it.
let rounds = 0;
let innerTotal = 0;
const outer = loop((i) => {
  rounds++;
  innerTotal = loop((j) => j, 10);
  return i;
}, 10);
console.log(`inner ${innerTotal} outer ${outer} rounds ${rounds}`);

// A Zig error thrown by a Zig call made from a callback (a JS exception out
// of a nested native call) is caught by the callback's own try/catch.
const messages = [];
const r = loop((i) => {
  try {
    tryIt(() => Failure.FileNotFound, i);
  } catch (e) {
    messages.push(e.message);
    return 1;
  }
  return 100;
}, 3);
console.log(r, messages.join(', '));
