// propertyHelper.js — checks of property attributes, written for zigar-run.
// The checks are behavioural, as the spec's attributes are: "writable" means
// an assignment takes effect, "configurable" means delete removes it. So
// they change the object; verifyProperty restores the property only when
// asked with {restore: true}.

function zrPropertyHelperHasOwn(obj, name) {
  return Object.prototype.hasOwnProperty.call(obj, name);
}

function isConfigurable(obj, name) {
  try {
    delete obj[name];
  } catch (e) {
    if (!(e instanceof TypeError)) throw new Test262Error('Expected TypeError, got ' + e);
  }
  return !zrPropertyHelperHasOwn(obj, name);
}

function isEnumerable(obj, name) {
  if (!zrPropertyHelperHasOwn(obj, name) ||
      !Object.prototype.propertyIsEnumerable.call(obj, name)) return false;
  if (typeof name === 'symbol') return true; // for-in never lists symbols
  for (var key in obj) {
    if (key === String(name)) return true;
  }
  return false;
}

// Assigns a value nobody else would use, sees whether it stuck (read back
// through verifyProp when given), and undoes a successful write.
function isWritable(obj, name, verifyProp, value) {
  var probe = value !== undefined ? value : 'unlikelyValue';
  if (Array.isArray(obj) && name === 'length') {
    probe = obj.length + 1; // anything else would throw a RangeError
  }
  var hadOwn = zrPropertyHelperHasOwn(obj, name);
  var oldValue = obj[name];
  try {
    obj[name] = probe;
  } catch (e) {
    if (!(e instanceof TypeError)) throw new Test262Error('Expected TypeError, got ' + e);
  }
  var written = assert._isSameValue(obj[verifyProp || name], probe);
  if (written) {
    if (hadOwn) obj[name] = oldValue;
    else delete obj[name];
  }
  return written;
}

function verifyProperty(obj, name, desc, options) {
  assert(arguments.length > 2,
    'verifyProperty should receive at least 3 arguments: obj, name, and descriptor');
  var original = Object.getOwnPropertyDescriptor(obj, name);
  var nameStr = typeof name === 'symbol' ? name.toString() : String(name);
  if (desc === undefined) {
    assert.sameValue(original, undefined,
      "obj['" + nameStr + "'] descriptor should be undefined");
    return true;
  }
  assert(zrPropertyHelperHasOwn(obj, name), 'obj should have an own property ' + nameStr);
  assert.notSameValue(desc, null, 'The desc argument should be an object or undefined, null');
  assert.sameValue(typeof desc, 'object', 'The desc argument should be an object or undefined');
  var fields = Object.getOwnPropertyNames(desc);
  for (var i = 0; i < fields.length; i++) {
    assert(['value', 'writable', 'enumerable', 'configurable', 'get', 'set']
      .indexOf(fields[i]) >= 0, 'Invalid descriptor field: ' + fields[i]);
  }

  var failures = [];
  if (zrPropertyHelperHasOwn(desc, 'value')) {
    if (!assert._isSameValue(desc.value, original.value)) {
      failures.push('descriptor value should be ' + assert._toString(desc.value));
    }
    if (!assert._isSameValue(desc.value, obj[name])) {
      failures.push('object value should be ' + assert._toString(desc.value));
    }
  }
  ['get', 'set'].forEach(function (key) {
    if (zrPropertyHelperHasOwn(desc, key) && !assert._isSameValue(desc[key], original[key])) {
      failures.push('descriptor ' + key + ' should be ' + assert._toString(desc[key]));
    }
  });
  if (zrPropertyHelperHasOwn(desc, 'enumerable') && desc.enumerable !== undefined) {
    if (desc.enumerable !== original.enumerable || desc.enumerable !== isEnumerable(obj, name)) {
      failures.push('descriptor should ' + (desc.enumerable ? '' : 'not ') + 'be enumerable');
    }
  }
  if (zrPropertyHelperHasOwn(desc, 'writable') && desc.writable !== undefined) {
    if (desc.writable !== original.writable || desc.writable !== isWritable(obj, name)) {
      failures.push('descriptor should ' + (desc.writable ? '' : 'not ') + 'be writable');
    }
  }
  // Last: proving configurability deletes the property.
  if (zrPropertyHelperHasOwn(desc, 'configurable') && desc.configurable !== undefined) {
    if (desc.configurable !== original.configurable ||
        desc.configurable !== isConfigurable(obj, name)) {
      failures.push('descriptor should ' + (desc.configurable ? '' : 'not ') + 'be configurable');
    }
  }
  assert(failures.length === 0, "obj['" + nameStr + "']: " + failures.join('; '));

  if (options && options.restore) Object.defineProperty(obj, name, original);
  return true;
}

// The older one-attribute-at-a-time API.
function verifyEqualTo(obj, name, value) {
  if (!assert._isSameValue(obj[name], value)) {
    throw new Test262Error('Expected obj[' + String(name) + '] to equal ' +
      assert._toString(value) + ', actually ' + assert._toString(obj[name]));
  }
}

function verifyWritable(obj, name, verifyProp, value) {
  if (!verifyProp) {
    assert(Object.getOwnPropertyDescriptor(obj, name).writable,
      'Expected obj[' + String(name) + '] to have writable:true.');
  }
  if (!isWritable(obj, name, verifyProp, value)) {
    throw new Test262Error('Expected obj[' + String(name) + '] to be writable, but was not.');
  }
}

function verifyNotWritable(obj, name, verifyProp, value) {
  if (!verifyProp) {
    assert(!Object.getOwnPropertyDescriptor(obj, name).writable,
      'Expected obj[' + String(name) + '] to have writable:false.');
  }
  if (isWritable(obj, name, verifyProp, value)) {
    throw new Test262Error('Expected obj[' + String(name) + '] NOT to be writable, but was.');
  }
}

function verifyEnumerable(obj, name) {
  assert(Object.getOwnPropertyDescriptor(obj, name).enumerable,
    'Expected obj[' + String(name) + '] to have enumerable:true.');
  if (!isEnumerable(obj, name)) {
    throw new Test262Error('Expected obj[' + String(name) + '] to be enumerable, but was not.');
  }
}

function verifyNotEnumerable(obj, name) {
  assert(!Object.getOwnPropertyDescriptor(obj, name).enumerable,
    'Expected obj[' + String(name) + '] to have enumerable:false.');
  if (isEnumerable(obj, name)) {
    throw new Test262Error('Expected obj[' + String(name) + '] NOT to be enumerable, but was.');
  }
}

function verifyConfigurable(obj, name) {
  assert(Object.getOwnPropertyDescriptor(obj, name).configurable,
    'Expected obj[' + String(name) + '] to have configurable:true.');
  if (!isConfigurable(obj, name)) {
    throw new Test262Error('Expected obj[' + String(name) + '] to be configurable, but was not.');
  }
}

function verifyNotConfigurable(obj, name) {
  assert(!Object.getOwnPropertyDescriptor(obj, name).configurable,
    'Expected obj[' + String(name) + '] to have configurable:false.');
  if (isConfigurable(obj, name)) {
    throw new Test262Error('Expected obj[' + String(name) + '] NOT to be configurable, but was.');
  }
}
