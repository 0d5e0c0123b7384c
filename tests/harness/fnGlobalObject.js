// fnGlobalObject.js — the global object, however the test is run, written for
// zigar-run. A Function body is sloppy code, so its `this` is the global even
// when the caller is strict.
function fnGlobalObject() {
  return Function('return this')();
}
