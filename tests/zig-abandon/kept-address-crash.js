/*---
description: Zig code that reads a closed library's memory through an address kept elsewhere faults on the reserved span (nothing else was mapped there), and the crash report names the closed module
flags: [module]
zigar_flags: [--expose-gc]
expected_signal: 11
expected_stdout: |
  closed
expected_stderr_contains: "in the former memory of Zig module abandon_statics"
---*/
import { dataPtr, __zigar } from './abandon_statics.zig';
import { peek } from './abandon_peek.zig';

const tick = () => new Promise((r) => setTimeout(r, 0));
// The address of the library's .data, kept as a number (the view dies with
// this function's frame).
function keepAddress() {
  const view = dataPtr().dataView;
  const zig = Object.getOwnPropertySymbols(view).find((s) => s.description === 'zig');
  return Number(view[zig].address);
}
const address = keepAddress();
assert.sameValue(peek(address) & 0xff, 'z'.charCodeAt(0));
const before = __zigar.stats().libraries;
__zigar.abandon();
gc();
await tick();
assert.sameValue(__zigar.stats().libraries, before - 1);
console.log('closed');
peek(address);
