// compareIterator.js — step an iterator through validators, written for
// zigar-run. Each validator receives one produced value; the iterator must
// then be done.
assert.compareIterator = function (iter, validators, message) {
  var suffix = message ? ' ' + message : '';
  var i, result;
  for (i = 0; i < validators.length; i++) {
    result = iter.next();
    assert(!result.done, 'Expected ' + validators.length + ' value(s). Instead iterator only produced ' +
      i + ' value(s).' + suffix);
    validators[i](result.value);
  }
  result = iter.next();
  assert(result.done, 'Expected only ' + validators.length +
    ' value(s). Instead iterator produced more.' + suffix);
};
