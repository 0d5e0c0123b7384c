'use strict';
// zig_struct.js — structs (auto, extern, packed, tuples) and unions.
// Fields are accessors on the class prototype; composite fields are child
// objects sharing the parent's bytes (cached, so `a.b === a.b`).

const B = require('zig_base');
const T = require('zig_types');
const {
  MEMORY, DESC, defineAccessor, describe, typeError, rangeError, copyBytes, zeroBytes, hasOwn,
} = B;
const { childOf, checkWritable } = T;

function fieldList(D) {
  const ctx = D.ctx;
  return (D.type.members || []).map((m, i) => {
    const f = {
      name: m.name == null ? String(i) : String(m.name),
      index: i,
      typeIndex: m.type,
      bitOffset: Number(m.bitOffset || 0),
      bitSize: Number(m.bitSize || 0),
      isComptime: !!m.isComptime,
      defaultValue: m.defaultValue || null,
      D: null,
    };
    f.offset = f.bitOffset >> 3;
    f.fd = () => f.D || (f.D = ctx.getD(f.typeIndex));
    return f;
  });
}

function setup(D) {
  if (D.kind === 'union') return unionSetup(D);
  const fields = fieldList(D);
  const packed = !!D.type.isPacked;
  D.fields = fields;
  D.byName = new Map(fields.map((f) => [f.name, f]));
  D.isTuple = !!D.type.isTuple;
  for (const f of fields) defineField(D, f, packed);
  if (packed) {
    Object.defineProperty(D.proto, Symbol.toPrimitive, {
      value: function (hint) {
        if (hint === 'string') return `[object ${D.name}]`;
        return readBits(this[MEMORY], 0, D.type.bits || D.size * 8, false);
      },
      configurable: true,
    });
  }
  D.set = (obj, value) => initStruct(D, obj, value);
  D.plain = (obj) => plainStruct(D, obj);
  D.copyTargets = (dst, src) => eachPointerField(D, (f, FD) => FD.copyTargets(
    childOf(dst, f.index, FD, f.offset), childOf(src, f.index, FD, f.offset)));
  D.clearTargets = (obj) => eachPointerField(D, (f, FD) => FD.clearTargets(childOf(obj, f.index, FD, f.offset)));
  D.resolve = (obj) => eachPointerField(D, (f, FD) => FD.resolve(childOf(obj, f.index, FD, f.offset)));
}

function eachPointerField(D, fn) {
  if (!D.hasPointer) return;
  for (const f of D.fields) {
    if (f.isComptime) continue;
    const FD = f.fd();
    if (FD.hasPointer) fn(f, FD);
  }
}

function isBitField(f, packed) {
  return packed && (f.bitOffset % 8 !== 0 || f.bitSize % 8 !== 0 || f.bitSize !== f.fd().size * 8);
}

function comptimeValue(f) {
  const FD = f.fd();
  const bytes = f.defaultValue;
  if (!bytes) return FD.kind === 'null' ? null : undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (FD.isPrimitive) return FD.read(dv, 0);
  return FD.get(FD.wrap(dv, true));
}

function defineField(D, f, packed) {
  if (f.isComptime) {
    defineAccessor(D.proto, f.name, function () { return comptimeValue(f); }, function () {
      throw typeError(`${D.name}.${f.name} is a comptime field`);
    });
    return;
  }
  const { offset, index } = f;
  if (packed) {
    defineAccessor(D.proto, f.name, function () {
      const FD = f.fd();
      if (!isBitField(f, packed)) {
        return FD.isPrimitive ? FD.read(this[MEMORY], offset) : FD.get(childOf(this, index, FD, offset));
      }
      const tmp = bitsToView(this[MEMORY], f.bitOffset, f.bitSize, FD.size);
      return FD.isPrimitive ? FD.read(tmp, 0) : FD.get(FD.wrap(tmp, true));
    }, function (v) {
      checkWritable(this);
      const FD = f.fd();
      if (!isBitField(f, packed)) {
        if (FD.isPrimitive) FD.write(this[MEMORY], offset, v);
        else FD.set(childOf(this, index, FD, offset), v);
        return;
      }
      const tmp = new DataView(new ArrayBuffer(FD.size));
      if (FD.isPrimitive) FD.write(tmp, 0, v); else FD.set(FD.wrap(tmp, false), v);
      writeBits(this[MEMORY], f.bitOffset, f.bitSize, readBits(tmp, 0, f.bitSize, true));
    });
    return;
  }
  defineAccessor(D.proto, f.name, function () {
    const FD = f.D || f.fd();
    try {
      return FD.isPrimitive ? FD.read(this[MEMORY], offset) : FD.get(childOf(this, index, FD, offset));
    } catch (e) {
      throw require('zig_function').staleError(this[MEMORY], e); // a view of a returned Zig frame
    }
  }, function (v) {
    if (this[B.READONLY]) throw B.readOnlyError();
    const FD = f.D || f.fd();
    if (FD.isPrimitive) FD.write(this[MEMORY], offset, v);
    else FD.set(childOf(this, index, FD, offset), v);
  });
}

// ---- bit fields (packed structs) ---------------------------------------------------
function readBits(dv, bitOffset, bitSize, asBigInt) {
  let v = 0n;
  const first = bitOffset >> 3;
  const last = Math.min(dv.byteLength, (bitOffset + bitSize + 7) >> 3);
  for (let i = last - 1; i >= first; i--) v = (v << 8n) | BigInt(dv.getUint8(i));
  v = (v >> BigInt(bitOffset & 7)) & ((1n << BigInt(bitSize)) - 1n);
  if (asBigInt) return v;
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
function writeBits(dv, bitOffset, bitSize, value) {
  for (let b = 0; b < bitSize; b++) {
    const bit = Number((value >> BigInt(b)) & 1n);
    const pos = bitOffset + b;
    const byte = dv.getUint8(pos >> 3);
    dv.setUint8(pos >> 3, bit ? byte | (1 << (pos & 7)) : byte & ~(1 << (pos & 7)));
  }
}
function bitsToView(dv, bitOffset, bitSize, size) {
  const tmp = new DataView(new ArrayBuffer(Math.max(size, 1)));
  writeBits(tmp, 0, bitSize, readBits(dv, bitOffset, bitSize, true));
  return size ? tmp : new DataView(tmp.buffer, 0, 0);
}

// ---- init / valueOf ---------------------------------------------------------------------

function sourceObject(D, value) {
  if (value !== null && typeof value === 'object') {
    const VD = value[DESC];
    if (VD && VD.kind === 'pointer' && VD.type.pointerSize === 'one') {
      const target = value['*'];
      if (target && target[DESC] === D) return target;
    }
  }
  return value;
}

function initStruct(D, obj, value0) {
  let value = sourceObject(D, value0);
  // a data object of another struct class: by its fields
  if (value !== null && typeof value === 'object' && value[DESC] && value[DESC] !== D
      && value[DESC].kind === 'struct') value = value.valueOf();
  if (value === null || typeof value !== 'object') {
    throw typeError(`Expected an object for ${D.name}, received ${describe(value)}`);
  }
  const dv = obj[MEMORY];
  if (value[DESC] === D) {
    if (value[MEMORY] !== dv) {
      copyBytes(dv, value[MEMORY]);
      if (D.hasPointer) D.copyTargets(obj, value);
    }
    return;
  }
  const isArray = Array.isArray(value);
  const keys = isArray && D.isTuple ? Object.keys(value) : Object.keys(value);
  for (const k of keys) {
    if (!D.byName.has(k)) throw typeError(`${D.name} has no field named "${k}"`);
  }
  const missing = [];
  for (const f of D.fields) {
    if (f.isComptime || f.defaultValue) continue;
    if (!hasOwn(value, f.name) && f.fd().size > 0 && f.fd().kind !== 'void') missing.push(f.name);
  }
  if (missing.length) throw typeError(`Missing initializers for ${D.name}: ${missing.join(', ')}`);
  // defaults first, then the given fields
  for (const f of D.fields) {
    if (f.isComptime || hasOwn(value, f.name)) continue;
    const FD = f.fd();
    if (!FD.isPrimitive && FD.hasPointer) FD.clearTargets(childOf(obj, f.index, FD, f.offset));
    if (f.defaultValue && FD.size > 0 && !(D.type.isPacked && isBitField(f, true))) {
      const bytes = f.defaultValue;
      const n = Math.min(bytes.length, FD.size);
      new Uint8Array(dv.buffer, dv.byteOffset + f.offset, n).set(bytes.subarray(0, n));
    } else if (f.defaultValue && D.type.isPacked) {
      const tmp = new DataView(bytes2buf(f.defaultValue));
      writeBits(dv, f.bitOffset, f.bitSize, readBits(tmp, 0, f.bitSize, true));
    }
  }
  for (const k of keys) {
    const f = D.byName.get(k);
    if (f.isComptime) continue;
    obj[k] = value[k];
  }
}

function bytes2buf(bytes) {
  const copy = new Uint8Array(Math.max(bytes.length, 16));
  copy.set(bytes);
  return copy.buffer;
}

function plainStruct(D, obj) {
  const out = D.isTuple ? [] : {};
  for (const f of D.fields) {
    const FD = f.fd();
    if (f.isComptime) {
      out[f.name] = plainOf(comptimeValue(f));
      continue;
    }
    if (D.type.isPacked && isBitField(f, true)) {
      const v = obj[f.name];
      out[f.name] = plainOf(v);
    } else if (FD.isPrimitive) out[f.name] = FD.plainRead(obj[MEMORY], f.offset);
    else out[f.name] = FD.plain(childOf(obj, f.index, FD, f.offset));
  }
  return out;
}

function plainOf(v) {
  if (v !== null && typeof v === 'object' && v[DESC]) return v.valueOf();
  return v;
}

// ---- unions ----------------------------------------------------------------------------

function unionSetup(D) {
  const fields = fieldList(D);
  const tagged = !!D.type.isTagged && D.type.child >= 0;
  const allZero = fields.every((f) => f.bitOffset === 0);
  if (tagged && allZero) for (const f of fields) f.offset = D.type.offsetA || 0;
  D.fields = fields;
  D.byName = new Map(fields.map((f) => [f.name, f]));
  const tagD = () => D.ctx.getD(D.type.child);
  const tagOffset = D.type.offsetB || 0;
  const activeName = (obj) => {
    if (!tagged) return undefined;
    const TD = tagD();
    const item = TD.read(obj[MEMORY], tagOffset);
    return item == null ? undefined : String(item);
  };
  D.activeName = activeName;
  for (const f of fields) {
    const { offset, index } = f;
    defineAccessor(D.proto, f.name, function () {
      if (tagged && activeName(this) !== f.name) return null;
      const FD = f.fd();
      return FD.isPrimitive ? FD.read(this[MEMORY], offset) : FD.get(childOf(this, index, FD, offset));
    }, function (v) {
      checkWritable(this);
      const FD = f.fd();
      if (tagged) {
        if (activeName(this) !== f.name) {
          zeroBytes(this[MEMORY]);
          tagD().write(this[MEMORY], tagOffset, f.name);
        }
      }
      if (FD.isPrimitive) FD.write(this[MEMORY], offset, v);
      else FD.set(childOf(this, index, FD, offset), v);
    });
  }
  if (tagged) {
    Object.defineProperty(D.proto, Symbol.toPrimitive, {
      value: function (hint) {
        const name = activeName(this);
        if (hint === 'number') {
          const item = tagD().read(this[MEMORY], tagOffset);
          return item == null ? NaN : Number(item);
        }
        return name;
      },
      configurable: true,
    });
  }
  D.set = (obj, value0) => {
    const value = sourceObject(D, value0);
    if (value !== null && typeof value === 'object' && value[DESC] === D) {
      if (value[MEMORY] !== obj[MEMORY]) {
        copyBytes(obj[MEMORY], value[MEMORY]);
        if (D.hasPointer) copyUnionTargets(obj, value);
      }
      return;
    }
    if (value === null || typeof value !== 'object') {
      throw typeError(`Expected an object for ${D.name}, received ${describe(value)}`);
    }
    const keys = Object.keys(value);
    for (const k of keys) if (!D.byName.has(k)) throw typeError(`${D.name} has no field named "${k}"`);
    if (keys.length !== 1) {
      throw typeError(`${D.name} needs exactly one field in its initializer, received ${keys.length}`);
    }
    zeroBytes(obj[MEMORY]);
    if (obj[B.SLOTS]) obj[B.SLOTS].clear();
    obj[keys[0]] = value[keys[0]];
  };
  const copyUnionTargets = (dst, src) => {
    const name = activeName(src);
    const f = D.byName.get(name);
    if (f && f.fd().hasPointer) {
      f.fd().copyTargets(childOf(dst, f.index, f.fd(), f.offset), childOf(src, f.index, f.fd(), f.offset));
    }
  };
  D.copyTargets = copyUnionTargets;
  D.clearTargets = (obj) => { if (obj[B.SLOTS]) obj[B.SLOTS].clear(); };
  D.plain = (obj) => {
    const out = {};
    for (const f of fields) {
      if (tagged && activeName(obj) !== f.name) continue;
      const FD = f.fd();
      out[f.name] = FD.isPrimitive ? FD.plainRead(obj[MEMORY], f.offset) : FD.plain(childOf(obj, f.index, FD, f.offset));
      if (!tagged && D.hasPointer) break;
    }
    return out;
  };
  void rangeError;
}

Object.assign(exports, { setup, readBits, writeBits });
