'use strict';
// structuredClone (HTML spec), in plain JS, with V8's serializer semantics as
// Node exposes them.
//
// The clone is made in one recursive walk with a memory map, so shared and
// circular references come out shared and circular. Types are recognised by
// brand checks (built-in getters and methods that throw on the wrong
// receiver), not by instanceof, so objects from other contexts clone too;
// Object.prototype.toString only picks which brand check to try.
//
// Transfer: the clone gets a copy of each transferred ArrayBuffer, and only
// after the whole value has been cloned are the originals detached, so a
// failed clone detaches nothing. Pure JS cannot detach; that is done with
// ArrayBuffer.prototype.transfer where V8 has it (not in V8 10.2), else with
// natives.detachArrayBuffer (see docs/stdlib-js.md); without either, a
// transfer list that is not empty is refused with a DataCloneError.
// SharedArrayBuffers cannot be re-shared from JS either: the clone of one is
// the same object, which at least keeps the memory shared.

const N = typeof natives === 'object' && natives !== null ? natives : {};

const $Object = Object;
const $apply = Reflect.apply;
const $getPrototypeOf = Object.getPrototypeOf;
const $getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const $defineProperty = Object.defineProperty;
const $keys = Object.keys;
const $hasOwn = Object.prototype.hasOwnProperty;
const $objectToString = Object.prototype.toString;
const $isArray = Array.isArray;
const $isView = ArrayBuffer.isView;
const $Map = Map;
const $Set = Set;
const $Date = Date;
const $RegExp = RegExp;
const $ArrayBuffer = ArrayBuffer;
const $Uint8Array = Uint8Array;
const $DataView = DataView;

function getter(proto, key) {
  const d = proto && $getOwnPropertyDescriptor(proto, key);
  return d && d.get;
}
function call(fn, self, ...args) {
  return $apply(fn, self, args);
}

const TypedArrayPrototype = $getPrototypeOf($Uint8Array.prototype);
const taTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const taBuffer = getter(TypedArrayPrototype, 'buffer');
const taByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const taLength = getter(TypedArrayPrototype, 'length');
const dvBuffer = getter($DataView.prototype, 'buffer');
const dvByteOffset = getter($DataView.prototype, 'byteOffset');
const dvByteLength = getter($DataView.prototype, 'byteLength');
const abByteLength = getter($ArrayBuffer.prototype, 'byteLength');
const abResizable = getter($ArrayBuffer.prototype, 'resizable');
const abMaxByteLength = getter($ArrayBuffer.prototype, 'maxByteLength');
const abDetached = getter($ArrayBuffer.prototype, 'detached');
const abTransfer = $ArrayBuffer.prototype.transfer;
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const mapSize = getter($Map.prototype, 'size');
const mapForEach = $Map.prototype.forEach;
const mapSet = $Map.prototype.set;
const setSize = getter($Set.prototype, 'size');
const setForEach = $Set.prototype.forEach;
const setAdd = $Set.prototype.add;
const dateGetTime = $Date.prototype.getTime;
const regexpSource = getter($RegExp.prototype, 'source');
const regexpFlagGetters = [
  ['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
  ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky'],
].map(([flag, name]) => [flag, getter($RegExp.prototype, name)]).filter(([, g]) => g);
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const functionToString = Function.prototype.toString;
const symbolToString = Symbol.prototype.toString;
const weakMapHas = typeof WeakMap === 'function' ? WeakMap.prototype.has : undefined;
const weakSetHas = typeof WeakSet === 'function' ? WeakSet.prototype.has : undefined;

const kTypedArrays = new $Map();
for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  if (typeof globalThis[name] === 'function') kTypedArrays.set(name, globalThis[name]);
}

const kErrorConstructors = new $Map([
  ['EvalError', EvalError], ['RangeError', RangeError], ['ReferenceError', ReferenceError],
  ['SyntaxError', SyntaxError], ['TypeError', TypeError], ['URIError', URIError],
]);

// Objects V8 refuses to serialize although their class cannot be brand
// checked from JS; recognised by their built-in or prototype tag.
const kUncloneableTags = new $Set([
  'Arguments', 'Generator', 'AsyncGenerator', 'Module', 'Map Iterator', 'Set Iterator',
  'Array Iterator', 'String Iterator', 'RegExp String Iterator', 'Iterator Helper',
  'Promise', 'WeakRef', 'FinalizationRegistry',
]);

// ---- errors ---------------------------------------------------------------

function domError(message, name, code) {
  const err = new Error(message);
  $defineProperty(err, 'name', { value: name, writable: true, enumerable: false, configurable: true });
  $defineProperty(err, 'code', { value: code, writable: true, enumerable: false, configurable: true });
  return err;
}

function dataCloneError(message) {
  return domError(message, 'DataCloneError', 25);
}

function nodeError(Ctor, message, code) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function isProxy(value) {
  return typeof N.proxyDetails === 'function' && N.proxyDetails(value) !== undefined;
}

// A property found by walking the prototype chain through data properties
// only: what V8 reads when it describes a value without running user code.
function dataProperty(object, key) {
  for (let o = object; o !== null && typeof o === 'object' || typeof o === 'function';
    o = $getPrototypeOf(o)) {
    if (isProxy(o)) return undefined;
    const d = $getOwnPropertyDescriptor(o, key);
    if (d) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

// V8's side-effect-free rendering of a value, as used in DataCloneError
// messages: source text of functions, Symbol(desc), #<Ctor> or [object Tag].
function describe(value) {
  if (typeof value === 'function') return call(functionToString, value);
  if (typeof value === 'symbol') return call(symbolToString, value);
  if (value === null || typeof value !== 'object') return String(value);
  if (isProxy(value)) return describe(N.proxyDetails(value)[0]);
  if (dataProperty(value, 'toString') === $objectToString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return $isArray(value) ? '[object Array]' : '[object Object]';
}

function uncloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

// ---- brand checks -----------------------------------------------------------

function succeeds(fn, self, arg) {
  if (fn === undefined) return false;
  try {
    call(fn, self, arg);
    return true;
  } catch {
    return false;
  }
}

function isArrayBuffer(value) {
  return succeeds(abByteLength, value);
}

function isDetached(buffer) {
  if (abDetached !== undefined) return call(abDetached, buffer);
  if (call(abByteLength, buffer) !== 0) return false;
  try {
    new $Uint8Array(buffer); // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

// ---- the walk ---------------------------------------------------------------

function defineData(object, key, value) {
  $defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

// Keys for which `copy[key] = value` would not simply create an own data
// property (setters such as __proto__, or read-only properties inherited
// from the prototypes of the copies); collected per call, since scripts may
// change those prototypes. Any other key is assigned, which is much faster
// than defineProperty.
function keysNeedingDefine() {
  const keys = new $Set();
  for (const proto of [Object.prototype, Array.prototype]) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = $getOwnPropertyDescriptor(proto, key);
      if (!('value' in d) || !d.writable) keys.add(key);
    }
  }
  return keys;
}

class Cloner {
  constructor(transferred) {
    this.memory = new $Map();
    this.transferred = transferred; // Set of ArrayBuffers
    this.defineKeys = keysNeedingDefine();
  }

  clone(value) {
    switch (typeof value) {
      case 'undefined': case 'boolean': case 'number': case 'string': case 'bigint':
        return value;
      case 'object':
        if (value === null) return null;
        break;
      default: // function, symbol
        throw uncloneable(value);
    }
    const known = this.memory.get(value);
    if (known !== undefined) return known;
    if (isProxy(value) || value === globalThis) throw uncloneable(value);
    if ($isArray(value)) return this.cloneArray(value);
    if ($isView(value)) return this.cloneView(value);

    const tag = call($objectToString, value).slice(8, -1);
    switch (tag) {
      case 'Date':
        if (succeeds(dateGetTime, value)) {
          return this.remember(value, new $Date(call(dateGetTime, value)));
        }
        break;
      case 'RegExp':
        if (succeeds(regexpSource, value)) return this.remember(value, cloneRegExp(value));
        break;
      case 'Map':
        if (succeeds(mapSize, value)) return this.cloneMap(value);
        break;
      case 'Set':
        if (succeeds(setSize, value)) return this.cloneSet(value);
        break;
      case 'ArrayBuffer':
        if (isArrayBuffer(value)) return this.cloneArrayBuffer(value);
        break;
      case 'SharedArrayBuffer':
        if (succeeds(sabByteLength, value)) return this.remember(value, value);
        break;
      case 'Number':
        if (succeeds(numberValueOf, value)) {
          return this.remember(value, new Number(call(numberValueOf, value)));
        }
        break;
      case 'String':
        if (succeeds(stringValueOf, value)) {
          return this.remember(value, new String(call(stringValueOf, value)));
        }
        break;
      case 'Boolean':
        if (succeeds(booleanValueOf, value)) {
          return this.remember(value, new Boolean(call(booleanValueOf, value)));
        }
        break;
      case 'BigInt':
        if (succeeds(bigintValueOf, value)) {
          return this.remember(value, $Object(call(bigintValueOf, value)));
        }
        break;
      case 'Symbol':
        throw uncloneable(value);
      case 'Error':
        return this.cloneError(value);
      case 'WeakMap':
        if (succeeds(weakMapHas, value, {})) throw uncloneable(value);
        break;
      case 'WeakSet':
        if (succeeds(weakSetHas, value, {})) throw uncloneable(value);
        break;
      default:
        if (kUncloneableTags.has(tag) || tag.startsWith('Intl.')) throw uncloneable(value);
    }
    return this.cloneObject(value, {});
  }

  remember(original, copy) {
    this.memory.set(original, copy);
    return copy;
  }

  // Own enumerable string keys, read once each; a key a getter deleted on
  // the way is skipped, keys added on the way are not seen.
  copyProperties(from, to) {
    const keys = $keys(from);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const value = from[key];
      if (!call($hasOwn, from, key)) continue;
      if (this.defineKeys.has(key)) defineData(to, key, this.clone(value));
      else to[key] = this.clone(value);
    }
    return to;
  }

  cloneObject(value, copy) {
    this.memory.set(value, copy);
    return this.copyProperties(value, copy);
  }

  cloneArray(value) {
    // new Array(length) keeps holes as holes; extra named properties follow.
    return this.cloneObject(value, new Array(value.length));
  }

  cloneMap(value) {
    const copy = new $Map();
    this.memory.set(value, copy);
    const entries = [];
    call(mapForEach, value, (v, k) => { entries.push(k, v); });
    for (let i = 0; i < entries.length; i += 2) {
      const k = this.clone(entries[i]);
      call(mapSet, copy, k, this.clone(entries[i + 1]));
    }
    return copy;
  }

  cloneSet(value) {
    const copy = new $Set();
    this.memory.set(value, copy);
    const members = [];
    call(setForEach, value, (v) => { members.push(v); });
    for (let i = 0; i < members.length; i++) call(setAdd, copy, this.clone(members[i]));
    return copy;
  }

  cloneArrayBuffer(value) {
    const transferred = this.transferred.has(value);
    if (!transferred && isDetached(value)) {
      throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const length = call(abByteLength, value);
    const copy = abResizable !== undefined && call(abResizable, value)
      ? new $ArrayBuffer(length, { maxByteLength: call(abMaxByteLength, value) })
      : new $ArrayBuffer(length);
    if (length !== 0) new $Uint8Array(copy).set(new $Uint8Array(value, 0, length));
    return this.remember(value, copy);
  }

  cloneView(value) {
    const name = call(taTag, value);
    let copy;
    if (name !== undefined) {
      const buffer = this.cloneBuffer(call(taBuffer, value));
      const Ctor = kTypedArrays.get(name);
      copy = new Ctor(buffer, call(taByteOffset, value), call(taLength, value));
    } else {
      const buffer = this.cloneBuffer(call(dvBuffer, value));
      copy = new $DataView(buffer, call(dvByteOffset, value), call(dvByteLength, value));
    }
    return this.remember(value, copy);
  }

  cloneBuffer(buffer) {
    const known = this.memory.get(buffer);
    if (known !== undefined) return known;
    if (isArrayBuffer(buffer)) return this.cloneArrayBuffer(buffer);
    return this.remember(buffer, buffer); // SharedArrayBuffer
  }

  cloneError(value) {
    let name = value.name;
    name = typeof name === 'symbol' ? '' : `${name}`;
    const Ctor = kErrorConstructors.get(name) || Error;
    const messageDesc = $getOwnPropertyDescriptor(value, 'message');
    const stack = value.stack;
    const copy = new Ctor();
    this.memory.set(value, copy);
    if (messageDesc !== undefined && 'value' in messageDesc) {
      $defineProperty(copy, 'message', {
        value: `${messageDesc.value}`, writable: true, enumerable: false, configurable: true,
      });
    }
    $defineProperty(copy, 'stack', {
      value: typeof stack === 'string' ? stack : undefined,
      writable: true, enumerable: false, configurable: true,
    });
    const causeDesc = $getOwnPropertyDescriptor(value, 'cause');
    if (causeDesc !== undefined && 'value' in causeDesc) {
      $defineProperty(copy, 'cause', {
        value: this.clone(causeDesc.value), writable: true, enumerable: false, configurable: true,
      });
    }
    return copy;
  }
}

function cloneRegExp(value) {
  let flags = '';
  for (let i = 0; i < regexpFlagGetters.length; i++) {
    if (call(regexpFlagGetters[i][1], value)) flags += regexpFlagGetters[i][0];
  }
  return new $RegExp(call(regexpSource, value), flags);
}

// ---- transfer -----------------------------------------------------------------

function detach(buffer) {
  if (abTransfer !== undefined) {
    call(abTransfer, buffer, 0);
  } else {
    N.detachArrayBuffer(buffer);
  }
}

function transferList(options) {
  const list = [];
  if (options === undefined || options === null) return list;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw nodeError(TypeError, 'The options argument must be either an object or undefined',
      'ERR_INVALID_ARG_TYPE');
  }
  const transfer = options.transfer;
  if (transfer === undefined || transfer === null) return list;
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw nodeError(TypeError, 'Optional transferList argument must be an iterable',
      'ERR_INVALID_ARG_TYPE');
  }
  if (typeof transfer[Symbol.iterator] !== 'function') return list; // Node ignores these
  for (const item of transfer) {
    if (item === null || typeof item !== 'object' || !isArrayBuffer(item)) {
      throw nodeError(TypeError, 'Found invalid object in transferList',
        'ERR_INVALID_TRANSFER_OBJECT');
    }
    if (list.includes(item)) {
      throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    }
    list.push(item);
  }
  if (list.length !== 0 && abTransfer === undefined &&
      typeof N.detachArrayBuffer !== 'function') {
    throw dataCloneError('Transferring an ArrayBuffer is not supported by this runtime');
  }
  return list;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw nodeError(TypeError, 'The value argument must be specified', 'ERR_MISSING_ARGS');
  }
  const list = transferList(options);
  const copy = new Cloner(new $Set(list)).clone(value);
  for (let i = 0; i < list.length; i++) {
    if (!isDetached(list[i])) detach(list[i]);
  }
  return copy;
}

exports.structuredClone = structuredClone;
