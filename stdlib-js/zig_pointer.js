'use strict';
// zig_pointer.js — single (`*T`), many (`[*]T`), C (`[*c]T`) pointers and
// slices (`[]T`).  A pointer object's memory is the pointer itself (the
// address; for slices address + length, at the offsets meta gives).  The
// target is found from the address: a JS object we pointed it at (kept as a
// JS reference so the GC cannot free it), a JS buffer whose address we gave
// out, or Zig memory through natives.zigView.  Instances are Proxies that
// forward property access to the target (auto-dereference).

const B = require('zig_base');
const T = require('zig_types');
const A = require('zig_array');
const Mem = require('zig_memory');
const {
  MEMORY, DESC, TARGET, READONLY, RAW, hide, describe, typeError, readOnlyError,
  isBufferLike, viewOf, copyBytes, defineAccessor,
} = B;
const { objectAt, newObject, jsonify } = T;

// Properties a pointer answers itself; everything else goes to the target.
const PointerBase = Object.create(Object.prototype);

function setup(D) {
  const t = D.type;
  const ctx = D.ctx;
  const kind = t.pointerSize || 'one';
  const isSlice = kind === 'slice';
  const single = kind === 'one';
  const members = t.members || [];
  const ptrMember = members.find((m) => m.name === 'ptr');
  const lenMember = members.find((m) => m.name === 'len');
  const ptrOff = ptrMember ? Number(ptrMember.bitOffset) >> 3 : 0;
  const addrSize = ptrMember ? Number(ptrMember.bitSize) >> 3 || 8 : (isSlice ? D.size >> 1 : D.size) || 8;
  const lenOff = lenMember ? Number(lenMember.bitOffset) >> 3 : addrSize;
  const lenSize = lenMember ? Number(lenMember.bitSize) >> 3 || 8 : addrSize;
  const isConst = !!t.isConst;
  const nullable = kind === 'c' || !!t.allowZero;
  const sentinel = t.hasSentinel && t.sentinel ? t.sentinel : null;
  let TDc = null;
  const TD = () => TDc || (TDc = single
    ? (t.child >= 0 ? ctx.getD(t.child) : ctx.getD(-1))
    : A.sliceTargetD(ctx, t.child, sentinel));
  const childKind = t.child >= 0 && ctx.meta.types[t.child] ? ctx.meta.types[t.child].kind : 'opaque';
  const opaque = childKind === 'opaque';
  D.isSlice = isSlice;
  D.pointerKind = kind;
  D.isConst = isConst;
  D.targetD = TD;
  D.proxied = true;
  Object.setPrototypeOf(D.proto, PointerBase);

  const readAddress = (dv) => (addrSize === 8 ? Number(dv.getBigUint64(ptrOff, true)) : dv.getUint32(ptrOff, true));
  const writeAddress = (dv, a) => {
    if (addrSize === 8) dv.setBigUint64(ptrOff, BigInt(a), true); else dv.setUint32(ptrOff, a, true);
  };
  const readLength = (dv) => (lenSize === 8 ? Number(dv.getBigUint64(lenOff, true)) : dv.getUint32(lenOff, true));
  const writeLength = (dv, n) => {
    if (lenSize === 8) dv.setBigUint64(lenOff, BigInt(n), true); else dv.setUint32(lenOff, n, true);
  };
  D.readAddress = readAddress;
  // the layout, for zig_call's fast argument writers
  D.ptrOffset = ptrOff;
  D.addrSize = addrSize;
  D.lenOffset = lenOff;
  D.lenSize = lenSize;

  // The target object, or null.
  const deref = (obj) => {
    const dv = obj[MEMORY];
    const address = readAddress(dv);
    const cur = obj[TARGET];
    let length;
    if (isSlice) length = readLength(dv);
    else if (single) length = 1;
    else length = cur && cur.address === address ? cur.length : undefined;
    if (cur && cur.address === address && cur.length === length && cur.object) return cur.object;
    if (address === 0 && !(isSlice && length === 0)) return null;
    if (opaque) return null;
    const td = TD();
    if (length === undefined) length = sentinel ? scanSentinel(address, td) : 1;
    let object;
    if (isSlice && length === 0) {
      object = td.wrap(new DataView(new ArrayBuffer(0)), isConst);
    } else {
      const bytes = single ? td.size : length * td.elementSize;
      const { view } = Mem.viewAt(address, bytes);
      object = objectAt(td, view, isConst);
    }
    hide(obj[RAW] || obj, TARGET, { address, length, object });
    return object;
  };
  D.deref = deref;

  const scanSentinel = (address, td) => {
    const es = td.elementSize || 1;
    const s = sentinel;
    for (let i = 0; i < 1 << 24; i++) {
      const { view } = Mem.viewAt(address + i * es, es);
      let match = true;
      for (let j = 0; j < es; j++) if (view.getUint8(j) !== s[j]) { match = false; break; }
      if (match) return i;
    }
    return 0;
  };

  // The object (of the target class) `value` designates, shared or temporary.
  const targetFrom = (value) => {
    const td = TD();
    if (value !== null && typeof value === 'object') {
      const VD = value[DESC];
      if (VD === td) return value;
      if (VD && VD.kind === 'pointer') {
        const vt = VD.targetD();
        if (vt === td || (vt.elementD && td.elementD && vt.elementD === td.elementD)) {
          if (VD.isConst && !isConst) throw typeError(`${D.name} cannot point to the read-only target of ${VD.name}`);
          const target = VD.deref(value);
          if (target === null) return null;
          return vt === td ? target : objectAt(td, target[MEMORY], target[READONLY] === true);
        }
        if (single && !isSlice) {
          const target = VD.deref(value);
          if (target && target[DESC] === td) return target;
        }
      }
      if (!single && VD && VD.elementD === td.elementD && value[MEMORY]) {
        // an array or another slice target of the same element type: share
        return objectAt(td, value[MEMORY], value[READONLY] === true);
      }
      if (!single && isBufferLike(value)) {
        const dv = viewOf(value);
        const TA = A.typedArrayClass(td.elementD);
        const ok = value instanceof DataView || value instanceof ArrayBuffer
          || (TA ? value instanceof TA : false)
          || (ArrayBuffer.isView(value) && value.BYTES_PER_ELEMENT === td.elementSize && !TA);
        if (ok && td.elementSize && dv.byteLength % td.elementSize === 0) return objectAt(td, dv, false);
        if (!ArrayBuffer.isView(value) || value instanceof DataView) {
          throw typeError(`${D.name} has elements of ${td.elementSize} bytes, received ${dv.byteLength}`);
        }
        // a typed array of another element type: converted below (a copy)
      } else if (single && isBufferLike(value)) {
        const dv = viewOf(value);
        if (dv.byteLength !== td.size) throw typeError(`${td.name} has ${td.size} bytes, received ${dv.byteLength}`);
        return objectAt(td, dv, false);
      }
    }
    if (opaque) throw typeError(`${D.name} cannot point to ${describe(value)}`);
    // a temporary made from a plain JS value: changes do not flow back
    if (single) {
      const obj = newObject(td);
      td.set(obj, value);
      return obj;
    }
    return A.newTarget(td, value, D.name);
  };

  const point = (obj, target) => {
    const dv = obj[MEMORY];
    if (target === null) {
      writeAddress(dv, 0);
      if (isSlice) writeLength(dv, 0);
      hide(obj[RAW] || obj, TARGET, undefined);
      return;
    }
    if (!isConst && target[READONLY]) throw readOnlyError();
    const tdv = target[MEMORY];
    if (Mem.isZigMemory(dv) && !Mem.isZigMemory(tdv)) {
      throw typeError('Pointers in Zig memory cannot point to garbage-collected object');
    }
    const td = TD();
    const length = single ? 1 : target.length;
    let effective = target;
    let address = tdv.byteLength === 0 ? 0 : Mem.addressOf(tdv);
    if (!address) address = tdv.byteLength === 0 ? (td.align || 1) : address;
    const call = ctx.call;
    if (call && tdv.byteLength > 0 && address % (td.align || 1) !== 0) {
      // misaligned for Zig: work on an aligned copy, copied back after the call
      effective = T.copyObject(td, target);
      address = Mem.addressOf(effective[MEMORY]);
      call.fixups.push({ original: target, copy: effective, writeBack: !isConst && !target[READONLY] });
    }
    writeAddress(dv, address);
    if (isSlice) writeLength(dv, length);
    hide(obj[RAW] || obj, TARGET, { address, length, object: effective === target ? target : effective, original: target });
  };
  D.point = point;

  D.set = (obj, value) => {
    if (value === null || value === undefined) {
      if (nullable) return point(obj, null);
      throw typeError(`${D.name} cannot be ${value}`);
    }
    if (value[DESC] === D) {
      if (value === obj) return undefined;
      copyBytes(obj[MEMORY], value[MEMORY]);
      hide(obj[RAW] || obj, TARGET, value[TARGET]);
      if (value[TARGET] === undefined) deref(obj);
      return undefined;
    }
    const target = targetFrom(value);
    if (target === null && !nullable) throw typeError(`${D.name} cannot be null`);
    return point(obj, target);
  };
  D.get = (obj) => obj;
  D.plain = (obj) => {
    const target = deref(obj);
    if (target === null) return null;
    return TD().plain(target);
  };
  D.copyTargets = (dst, src) => hide(dst[RAW] || dst, TARGET, src[TARGET]);
  D.clearTargets = (obj) => { if (obj[TARGET] !== undefined) hide(obj[RAW] || obj, TARGET, undefined); };
  D.resolve = (obj) => { deref(obj); };
  D.construct = (argc, arg) => {
    if (argc === 0) throw typeError(`${D.name} needs an initializer: new ${D.name}(value)`);
    const obj = newObject(D);
    D.set(obj, arg);
    return obj;
  };
  D.cast = (arg, argc) => {
    if (argc === 0) return undefined;
    if (arg !== null && typeof arg === 'object' && arg[DESC] === D) return arg;
    return D.construct(argc, arg);
  };

  // the value of the target: for `p['*']`
  const targetValue = (obj) => {
    const target = deref(obj);
    if (target === null) return null;
    const td = TD();
    if (single && td.isPrimitive) return td.read(target[MEMORY], 0);
    if (isConst && !target[READONLY]) return objectAt(td, target[MEMORY], true);
    return single ? td.get(target) : target;
  };
  const assignTarget = (obj, value) => {
    if (isConst) throw readOnlyError();
    const target = deref(obj);
    if (target === null) throw typeError(`${D.name} is null`);
    if (target[READONLY]) throw readOnlyError();
    const td = TD();
    if (single && td.isPrimitive) td.write(target[MEMORY], 0, value);
    else td.set(target, value);
  };
  const proto = D.proto;
  defineAccessor(proto, '*', function () { return targetValue(this); }, function (v) { assignTarget(this, v); });
  defineAccessor(proto, '$', function () { return targetValue(this); }, function (v) {
    if (this[READONLY]) throw readOnlyError();
    D.set(this, v);
  });
  Object.defineProperty(proto, 'valueOf', {
    value: function valueOf() { return D.plain(this); }, configurable: true, writable: true,
  });
  Object.defineProperty(proto, 'toJSON', {
    value: function toJSON() { return jsonify(D.plain(this)); }, configurable: true, writable: true,
  });
  if (!single) {
    Object.defineProperty(proto, Symbol.iterator, {
      value: function* values() {
        const target = deref(this);
        if (target) yield* target;
      },
      configurable: true, writable: true,
    });
  }

  // `*const fn (…)`: JS functions become Zig function pointers (zig_function.js)
  if (childKind === 'function') require('zig_function').setupPointer(D);

  D.handler = {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol') {
        if (prop === RAW) return target;
        return Reflect.get(target, prop, receiver);
      }
      if (prop in target) return Reflect.get(target, prop, receiver);
      const t2 = deref(target);
      if (t2 === null) {
        if (isSlice || prop === 'length') return undefined;
        throw typeError(`Cannot read property "${prop}" of null pointer ${D.name}`);
      }
      const td = TD();
      if (single && td.isPrimitive) return undefined;
      const v = t2[prop];
      if (isConst && v !== null && typeof v === 'object' && v[DESC] && !v[READONLY] && !isBufferLike(v)) {
        const vd = v[DESC];
        if (vd.kind !== 'pointer') return objectAt(vd, v[MEMORY], true);
      }
      return v;
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.set(target, prop, value, receiver);
      if (isConst) throw readOnlyError();
      const t2 = deref(target);
      if (t2 === null) throw typeError(`Cannot set property "${prop}" of null pointer ${D.name}`);
      t2[prop] = value;
      return true;
    },
    has(target, prop) {
      if (prop in target) return true;
      const t2 = typeof prop === 'string' ? deref(target) : null;
      return t2 !== null && typeof t2 === 'object' && prop in t2;
    },
  };
}

Object.assign(exports, { setup, PointerBase });
