// deepEqual.js — assert.deepEqual, structural equality, written for zigar-run.
// Primitives compare with SameValue; objects must have the same prototype,
// the same own enumerable string keys with deeply equal values, and for
// Map, Set, Date, RegExp, boxed primitives and arrays the same contents.
// Cycles are handled by remembering which pairs are being compared.

assert.deepEqual = function (actual, expected, message) {
  if (assert.deepEqual._equal(actual, expected, [])) return;
  throw new Test262Error('Expected ' + assert.deepEqual.format(actual) +
    ' to be structurally equal to ' + assert.deepEqual.format(expected) + '.' +
    (message === undefined ? '' : ' ' + message));
};

assert.deepEqual._equal = function (a, b, seen) {
  if (assert._isSameValue(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return false;
  }
  for (var i = 0; i < seen.length; i++) {
    if (seen[i][0] === a && seen[i][1] === b) return true; // assume equal on a cycle
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  seen.push([a, b]);
  var eq = assert.deepEqual._equal;
  var tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (a instanceof Date) {
    if (!assert._isSameValue(a.getTime(), b.getTime())) return false;
  } else if (a instanceof RegExp) {
    if (a.source !== b.source || a.flags !== b.flags) return false;
  } else if (tag === '[object Number]' || tag === '[object String]' ||
             tag === '[object Boolean]' || tag === '[object Symbol]' ||
             tag === '[object BigInt]') {
    if (!assert._isSameValue(a.valueOf(), b.valueOf())) return false;
  } else if (a instanceof Map) {
    if (a.size !== b.size) return false;
    var aEntries = Array.from(a), bEntries = Array.from(b);
    for (var m = 0; m < aEntries.length; m++) {
      if (!eq(aEntries[m][0], bEntries[m][0], seen) || !eq(aEntries[m][1], bEntries[m][1], seen)) {
        return false;
      }
    }
  } else if (a instanceof Set) {
    if (a.size !== b.size) return false;
    var aValues = Array.from(a), bValues = Array.from(b);
    for (var s = 0; s < aValues.length; s++) {
      if (!eq(aValues[s], bValues[s], seen)) return false;
    }
  }
  if (Array.isArray(a) && a.length !== b.length) return false;
  var aKeys = Object.keys(a), bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  for (var k = 0; k < aKeys.length; k++) {
    var key = aKeys[k];
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!eq(a[key], b[key], seen)) return false;
  }
  return true;
};

// A compact rendering, cycle-safe and depth-limited.
assert.deepEqual.format = function (value, depth, seen) {
  depth = depth === undefined ? 0 : depth;
  seen = seen || [];
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return String(value) + 'n';
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? '[Function ' + (value.name || 'anonymous') + ']'
                                       : assert._toString(value);
  }
  if (seen.indexOf(value) >= 0) return '[Circular]';
  if (depth > 3) return Array.isArray(value) ? '[Array]' : '[Object]';
  seen = seen.concat([value]);
  var fmt = function (v) { return assert.deepEqual.format(v, depth + 1, seen); };
  if (Array.isArray(value)) return '[' + value.map(fmt).join(', ') + ']';
  if (value instanceof Map) {
    return 'Map {' + Array.from(value).map(function (e) {
      return fmt(e[0]) + ' => ' + fmt(e[1]);
    }).join(', ') + '}';
  }
  if (value instanceof Set) return 'Set {' + Array.from(value).map(fmt).join(', ') + '}';
  if (value instanceof Date) return 'Date(' + value.getTime() + ')';
  if (value instanceof RegExp) return String(value);
  var proto = Object.getPrototypeOf(value);
  var name = proto === null ? '[Object: null prototype] '
           : proto === Object.prototype ? ''
           : (proto.constructor && proto.constructor.name ? proto.constructor.name + ' ' : '');
  return name + '{' + Object.keys(value).map(function (k) {
    return k + ': ' + fmt(value[k]);
  }).join(', ') + '}';
};
