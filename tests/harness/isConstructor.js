// isConstructor.js — whether a function has [[Construct]], without calling it,
// written for zigar-run. Reflect.construct checks newTarget before invoking
// anything, and the target here is an empty function.
function isConstructor(f) {
  if (typeof f !== 'function') {
    throw new Test262Error('isConstructor invoked with a non-function value');
  }
  try {
    Reflect.construct(function () {}, [], f);
  } catch (e) {
    return false;
  }
  return true;
}
