/*---
description: the same JS function gives the same pointer; zigar.function.release and abandon free closures; a released closure is an error to call or pass
flags: [module]
expected_stdout: |
  true true
  42
  1 1
  released call: Unexpected
  pass released pointer: Object has been freed already
  0
  4
  false
  2
  after abandon: Module was abandoned 0
---*/
import { store, callStored, storedAddress, addressOf, releaseStored, getStored, __zigar } from './callbacks.zig';

const f = (x) => x + 1;
store(f);
console.log(storedAddress() === addressOf(f), addressOf(f) === addressOf(f));
console.log(callStored(41));
const holder = getStored();
console.log(__zigar.stats().closures, holder.cb.valueOf() === f ? 1 : 0);
releaseStored();
try { callStored(1); } catch (e) { console.log('released call:', e.message); }
try { store(holder.cb); } catch (e) { console.log('pass released pointer:', e.message); }
console.log(__zigar.stats().closures);
// the same function again: a new closure, at a new address
store(f);
console.log(callStored(3));
console.log(storedAddress() === 0);
store((x) => x * 2);
console.log(__zigar.stats().closures);
__zigar.abandon();
console.log('after abandon:', (() => { try { return callStored(1); } catch (e) { return e.message; } })(), __zigar.stats().closures);
