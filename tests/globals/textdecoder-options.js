/*---
description: TextDecoder reads fatal and ignoreBOM with ToBoolean and rejects primitive option bags
---*/
var d = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' });
assert.sameValue(d.fatal, true);
assert.sameValue(d.ignoreBOM, true);
d = new TextDecoder('utf-8', { fatal: 0, ignoreBOM: '' });
assert.sameValue(d.fatal, false);
assert.sameValue(d.ignoreBOM, false);
d = new TextDecoder('utf-8', null);
assert.sameValue(d.fatal, false);
assert.sameValue(new TextDecoder().ignoreBOM, false);
assert.throws(TypeError, function () { new TextDecoder('utf-8', 1); });
try {
  new TextDecoder('utf-8', 'x');
} catch (e) {
  assert.sameValue(e.message, 'The "options" argument must be of type object. Received type string (\'x\')');
  assert.sameValue(e.code, 'ERR_INVALID_ARG_TYPE');
}
var tag = Object.prototype.toString.call(new TextDecoder());
assert.sameValue(tag, '[object TextDecoder]');
assert.throws(TypeError, function () { TextDecoder.prototype.decode.call({}); });
assert.throws(TypeError, function () {
  Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(new TextEncoder());
});
