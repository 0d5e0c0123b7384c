'use strict';
// zig_array.js — arrays `[N]T`, vectors `@Vector(N, T)` and slice targets
// `[_]T` (the variable-length memory a slice points at).  Instances are
// Proxies so that `a[i]` reads and writes elements in place.

const B = require('zig_base');
const T = require('zig_types');
const {
  MEMORY, DESC, RAW, defineAccessor, describe, typeError, rangeError, copyBytes, hide,
  encodeUTF8, decodeUTF8, decodeUTF16, isBufferLike, viewOf,
} = B;
const { childOf, checkWritable, syntheticD, newObject } = T;

function setup(D) {
  const ED = D.ctx.getD(D.type.child);
  arraySetup(D, ED, D.type.length);
}

// The class of what a slice of `ED` points at: `[_]T`, variable length.
function sliceTargetD(ctx, elementIndex, sentinel) {
  const ED = ctx.getD(elementIndex);
  const key = `[_${sentinel ? ':s' : ''}]${ED.name}#${elementIndex}`;
  return syntheticD(ctx, key, {
    kind: 'slice target', name: `[_]${ED.name}`, align: ED.align, size: 0,
    hasPointer: ctx.hasPointer(elementIndex), variableSize: true, elementSize: ED.size,
    sentinel,
  }, (D) => arraySetup(D, ED, undefined));
}

function isIndexKey(prop) {
  if (typeof prop !== 'string' || prop.length === 0) return false;
  const c = prop.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (prop.length > 1 && c === 48) return false;
  for (let i = 1; i < prop.length; i++) {
    const d = prop.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

function typedArrayClass(ED) {
  if (ED.kind === 'int') {
    const bits = ED.type.bits;
    if (bits !== ED.size * 8) return null;
    const s = ED.type.signed;
    switch (bits) {
      case 8: return s ? Int8Array : Uint8Array;
      case 16: return s ? Int16Array : Uint16Array;
      case 32: return s ? Int32Array : Uint32Array;
      case 64: return s ? BigInt64Array : BigUint64Array;
      default: return null;
    }
  }
  if (ED.kind === 'float') {
    if (ED.type.bits === 32) return Float32Array;
    if (ED.type.bits === 64) return Float64Array;
  }
  return null;
}

function arraySetup(D, ED, fixedLength) {
  const boolBits = D.kind === 'vector' && ED.kind === 'bool' && D.size * 8 < fixedLength * Math.max(ED.size, 1) * 8;
  const stride = ED.size;
  D.elementD = ED;
  D.elementSize = stride;
  D.fixedLength = fixedLength;
  const lengthOf = fixedLength !== undefined
    ? () => fixedLength
    : (obj) => (stride ? obj[MEMORY].byteLength / stride : (obj[B.TARGET] ? obj[B.TARGET].length : 0));
  D.lengthOf = lengthOf;
  const getElem = (obj, i) => {
    if (boolBits) {
      const dv = obj[MEMORY];
      return (dv.getUint8(i >> 3) & (1 << (i & 7))) !== 0;
    }
    return ED.isPrimitive ? ED.read(obj[MEMORY], i * stride) : ED.get(childOf(obj, i, ED, i * stride));
  };
  const setElem = (obj, i, v) => {
    if (boolBits) {
      const dv = obj[MEMORY];
      const tmp = new DataView(new ArrayBuffer(1));
      ED.write(tmp, 0, v);
      const byte = dv.getUint8(i >> 3);
      dv.setUint8(i >> 3, tmp.getUint8(0) ? byte | (1 << (i & 7)) : byte & ~(1 << (i & 7)));
      return;
    }
    if (ED.isPrimitive) ED.write(obj[MEMORY], i * stride, v);
    else ED.set(childOf(obj, i, ED, i * stride), v);
  };
  D.getElem = getElem;
  D.setElem = setElem;
  D.proxied = true;
  D.handler = {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && isIndexKey(prop)) {
        const i = +prop;
        return i < lengthOf(target) ? getElem(target, i) : undefined;
      }
      if (prop === RAW) return target;
      try {
        return Reflect.get(target, prop, receiver);
      } catch (e) {
        throw require('zig_function').staleError(target[MEMORY], e); // memory Zig freed or a returned frame
      }
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'string' && isIndexKey(prop)) {
        const i = +prop;
        checkWritable(target);
        if (i >= lengthOf(target)) throw rangeError(`Index ${i} is out of range for ${D.name} of length ${lengthOf(target)}`);
        setElem(target, i, value);
        return true;
      }
      return Reflect.set(target, prop, value, receiver);
    },
    has(target, prop) {
      if (typeof prop === 'string' && isIndexKey(prop)) return +prop < lengthOf(target);
      return Reflect.has(target, prop);
    },
  };
  const proto = D.proto;
  defineAccessor(proto, 'length', function () { return lengthOf(this); });
  Object.defineProperty(proto, 'get', {
    value: function get(i) { return getElem(this, i); }, configurable: true, writable: true,
  });
  Object.defineProperty(proto, 'set', {
    value: function set(i, v) { checkWritable(this); setElem(this, i, v); }, configurable: true, writable: true,
  });
  Object.defineProperty(proto, Symbol.iterator, {
    value: function* values() {
      const n = lengthOf(this);
      for (let i = 0; i < n; i++) yield getElem(this, i);
    },
    configurable: true, writable: true,
  });
  const TA = typedArrayClass(ED);
  if (TA) {
    defineAccessor(proto, 'typedArray', function () {
      const dv = this[MEMORY];
      return new TA(dv.buffer, dv.byteOffset, lengthOf(this));
    }, function (v) {
      checkWritable(this);
      if (!(v instanceof TA) || v.length !== lengthOf(this)) {
        throw typeError(`Expected a ${TA.name} of ${lengthOf(this)} elements for ${D.name}, received ${describe(v)}`);
      }
      copyBytes(this[MEMORY], viewOf(v));
    });
  }
  if (ED.kind === 'int' && ED.type.bits === 8 && !ED.type.signed) {
    defineAccessor(proto, 'clampedArray', function () {
      const dv = this[MEMORY];
      // the elements only: a sentinel array's memory also holds the sentinel
      return new Uint8ClampedArray(dv.buffer, dv.byteOffset, lengthOf(this));
    }, function (v) {
      checkWritable(this);
      if (!(v instanceof Uint8ClampedArray) || v.length !== lengthOf(this)) {
        throw typeError(`Expected a Uint8ClampedArray of ${lengthOf(this)} elements for ${D.name}, received ${describe(v)}`);
      }
      copyBytes(this[MEMORY], viewOf(v));
    });
  }
  const isChar = ED.kind === 'int' && !ED.type.signed && (ED.type.bits === 8 || ED.type.bits === 16)
    && ED.type.bits === ED.size * 8;
  D.isString = isChar;
  if (isChar) {
    defineAccessor(proto, 'string', function () {
      let dv = this[MEMORY];
      // the elements only: a sentinel array's memory also holds the sentinel
      const bytes = lengthOf(this) * stride;
      if (bytes !== dv.byteLength) dv = new DataView(dv.buffer, dv.byteOffset, bytes);
      return stride === 1 ? decodeUTF8(dv) : decodeUTF16(dv);
    }, function (v) {
      checkWritable(this);
      if (typeof v !== 'string') throw typeError(`Expected a string for ${D.name}, received ${describe(v)}`);
      D.set(this, v);
    });
  }
  D.get = (obj) => obj;
  D.set = (obj, value) => initArray(D, obj, value);
  D.plain = (obj) => {
    const n = lengthOf(obj);
    const out = new Array(n);
    if (ED.isPrimitive && !boolBits) {
      const dv = obj[MEMORY];
      for (let i = 0; i < n; i++) out[i] = ED.plainRead(dv, i * stride);
    } else {
      for (let i = 0; i < n; i++) {
        const v = getElem(obj, i);
        out[i] = v !== null && typeof v === 'object' && v[DESC] ? v.valueOf() : v;
      }
    }
    return out;
  };
  const eachChild = (fn) => (obj, other) => {
    if (!ED.hasPointer) return;
    const n = lengthOf(obj);
    for (let i = 0; i < n; i++) {
      fn(childOf(obj, i, ED, i * stride), other && childOf(other, i, ED, i * stride));
    }
  };
  D.copyTargets = eachChild((d, s) => ED.copyTargets(d, s));
  D.clearTargets = eachChild((d) => ED.clearTargets(d));
  D.resolve = eachChild((d) => ED.resolve(d));
  // values a new object can be made from; returns the element count or -1
  D.countOf = (value) => countOf(D, value);
}

// Elements that `value` provides, as an array (or a string / DataView for fast paths).
function elementsOf(D, value, name = D.name) {
  const ED = D.elementD;
  if (typeof value === 'string') {
    if (!D.isString) throw typeError(`Expected an iterable for ${name}, received ${describe(value)}`);
    if (ED.size === 1) return { bytes: encodeUTF8(value) };
    const u16 = new Uint16Array(value.length);
    for (let i = 0; i < value.length; i++) u16[i] = value.charCodeAt(i);
    return { bytes: new Uint8Array(u16.buffer) };
  }
  if (value !== null && typeof value === 'object') {
    if (value[DESC] && value[DESC].elementD === ED && value[MEMORY]) {
      const dv = value[MEMORY];
      return { bytes: new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength), source: value };
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const TA = typedArrayClass(ED);
      if (TA && value instanceof TA) return { bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) };
      return { list: Array.from(value) };
    }
    if (isBufferLike(value)) {
      const dv = viewOf(value);
      if (ED.size && dv.byteLength % ED.size === 0) {
        return { bytes: new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength) };
      }
      throw typeError(`${name} has elements of ${ED.size} bytes, received ${dv.byteLength}`);
    }
    if (typeof value[Symbol.iterator] === 'function') return { list: Array.from(value) };
    if (value[DESC] && value[DESC].kind === 'pointer') {
      const t = value['*'];
      if (t && typeof t === 'object') return elementsOf(D, t, name);
    }
  }
  throw typeError(`Expected an iterable for ${name}, received ${describe(value)}`);
}

function countOf(D, value, name) {
  const e = elementsOf(D, value, name);
  if (e.list) return { count: e.list.length, e };
  return { count: D.elementSize ? e.bytes.length / D.elementSize : 0, e };
}

function initArray(D, obj, value, pre) {
  const { count, e } = pre || countOf(D, value);
  const n = D.lengthOf(obj);
  if (count !== n) throw typeError(`${D.name} has ${n} elements, received ${count}`);
  if (e.bytes) {
    const dv = obj[MEMORY];
    new Uint8Array(dv.buffer, dv.byteOffset, e.bytes.length).set(e.bytes);
    if (e.source && D.hasPointer) D.copyTargets(obj, e.source);
    return;
  }
  for (let i = 0; i < n; i++) D.setElem(obj, i, e.list[i]);
}

// A new slice target object holding `value`'s elements (JS memory).
function newTarget(D, value, name) {
  const pre = countOf(D, value, name);
  const extra = D.sentinel ? 1 : 0;
  const bytes = (pre.count + extra) * D.elementSize;
  const full = newObject(D, Math.max(bytes, 0));
  const dv = full[MEMORY];
  const obj = extra ? D.wrap(new DataView(dv.buffer, dv.byteOffset, pre.count * D.elementSize), false) : full;
  if (!D.elementSize) hide(obj[RAW] || obj, B.TARGET, { length: pre.count });
  initArray(D, obj, value, pre);
  if (extra && D.sentinel) {
    new Uint8Array(dv.buffer, dv.byteOffset + pre.count * D.elementSize, D.elementSize)
      .set(D.sentinel.subarray(0, D.elementSize));
  }
  return obj;
}

Object.assign(exports, { setup, sliceTargetD, newTarget, typedArrayClass, isIndexKey, elementsOf });
