/*---
description: a JS exception in a callback returning an error union becomes the Zig error it names, else error.Unexpected
flags: [module]
expected_stdout: |
  42
  System is on fire true
  File not found true
  File not found true
  File not found true
  Unexpected true
  Unexpected true
---*/
import { tryIt, tryAny, Failure } from './callbacks.zig';

console.log(tryIt((x) => x * 2, 21));
const named = new Error('no such file');
named.name = 'FileNotFound';
const throwers = [
    () => { throw Failure.SystemIsOnFire; },          // the Zig error object
    () => { throw new Error('File not found'); },      // the error's message
    () => { throw named; },                            // the error's name
    () => Failure.FileNotFound,                        // returned, not thrown
    () => { throw new Error('whatever'); },            // nothing matches
];
for (const fn of throwers) {
    try {
        tryIt(fn, 1);
    } catch (e) {
        console.log(e.message, e instanceof Failure);
    }
}
try {
    tryAny(() => { throw new TypeError('nope'); });
} catch (e) {
    console.log(e.message, e === Failure.Unexpected);
}
