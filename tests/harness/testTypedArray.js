// testTypedArray.js — run a check once per TypedArray constructor, written for
// zigar-run. Needs nothing but the constructors of ES2022.

var floatArrayConstructors = [Float64Array, Float32Array];
var intArrayConstructors = [
  Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array, Uint8ClampedArray,
];
var typedArrayConstructors = floatArrayConstructors.concat(intArrayConstructors);
var nonAtomicsFriendlyTypedArrayConstructors = floatArrayConstructors.concat([Uint8ClampedArray]);

// %TypedArray%, the abstract parent of them all.
var TypedArray = Object.getPrototypeOf(Int8Array);

// Calls f(Constructor) for each constructor (all of them unless `selected`);
// a failure names the constructor it happened with.
function testWithTypedArrayConstructors(f, selected) {
  var constructors = selected || typedArrayConstructors;
  for (var i = 0; i < constructors.length; i++) {
    var Ctor = constructors[i];
    try {
      f(Ctor);
    } catch (e) {
      if (e !== null && typeof e === 'object') {
        e.message += ' (Testing with ' + Ctor.name + '.)';
      }
      throw e;
    }
  }
}

function testWithNonAtomicsFriendlyTypedArrayConstructors(f) {
  testWithTypedArrayConstructors(f, nonAtomicsFriendlyTypedArrayConstructors);
}

function testWithAtomicsFriendlyTypedArrayConstructors(f) {
  testWithTypedArrayConstructors(f, [Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array]);
}

// byteConversionValues = {values: [...], expected: {Int8: [...], …}}: calls
// fn(Ctor, value, expected, initial) for every value and constructor.
function testTypedArrayConversions(byteConversionValues, fn) {
  var values = byteConversionValues.values;
  var expected = byteConversionValues.expected;
  testWithTypedArrayConstructors(function (Ctor) {
    var name = Ctor.name.slice(0, -'Array'.length);
    var expectations = expected[name];
    for (var i = 0; i < values.length; i++) {
      var initial = 0;
      if (values[i] === 0) initial = 1; // a write of 0 over 0 would prove nothing
      fn(Ctor, values[i], expectations[i], initial);
    }
  });
}
