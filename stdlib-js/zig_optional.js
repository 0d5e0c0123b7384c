'use strict';
// zig_optional.js — `?T`: null or the payload's value.  Layout from meta:
// optionalZeroNull (no flag byte: null is the all-zero payload — pointers,
// error sets) or payload at 0 + "present" byte at offsetA.

const B = require('zig_base');
const T = require('zig_types');
const { MEMORY, describe, zeroBytes } = B;
const { childOf } = T;

const PRIMITIVE_KINDS = new Set(['int', 'float', 'bool', 'void', 'enum', 'error set']);

function setup(D) {
  const ctx = D.ctx;
  const t = D.type;
  const childType = ctx.meta.types[t.child];
  // optionalPtrNull (pointer payloads) implies optionalZeroNull; both are
  // read so that meta from either side of the flag's introduction works.
  const zeroNull = !!(t.optionalZeroNull || t.optionalPtrNull);
  const presentOff = Number(t.offsetA || 0);
  let PDc = null;
  const PD = () => PDc || (PDc = ctx.getD(t.child));
  const present = zeroNull
    ? (dv, off) => {
      const pd = PD();
      if (pd.readAddress) return pd.readAddress(off ? new DataView(dv.buffer, dv.byteOffset + off, pd.size) : dv) !== 0;
      for (let i = 0; i < pd.size; i++) if (dv.getUint8(off + i)) return true;
      return false;
    }
    : (dv, off) => dv.getUint8(off + presentOff) !== 0;
  D.payloadD = PD;
  if (childType && PRIMITIVE_KINDS.has(childType.kind)) {
    D.isPrimitive = true;
    D.read = (dv, off) => (present(dv, off) ? PD().read(dv, off) : null);
    D.plainRead = (dv, off) => (present(dv, off) ? PD().plainRead(dv, off) : null);
    D.write = (dv, off, v) => {
      if (v === null || v === undefined) {
        zeroBytes(dv, off, D.size);
        return;
      }
      if (typeof v === 'object' && v[B.DESC] === D) {
        // an object of this class (possibly holding null): its bytes
        B.copyBytes(B.subView(dv, off, D.size), v[MEMORY]);
        return;
      }
      PD().write(dv, off, v);
      if (!zeroNull) dv.setUint8(off + presentOff, 1);
    };
    return;
  }
  const payload = (obj) => childOf(obj, 0, PD(), 0);
  D.get = (obj) => (present(obj[MEMORY], 0) ? PD().get(payload(obj)) : null);
  D.set = (obj, v) => {
    const pd = PD();
    if (v === null || v === undefined) {
      zeroBytes(obj[MEMORY]);
      if (pd.hasPointer) pd.clearTargets(payload(obj));
      return;
    }
    if (v !== null && typeof v === 'object' && v[B.DESC] === D) {
      B.copyBytes(obj[MEMORY], v[MEMORY]);
      if (D.hasPointer) D.copyTargets(obj, v);
      return;
    }
    pd.set(payload(obj), v);
    if (!zeroNull) obj[MEMORY].setUint8(presentOff, 1);
  };
  D.plain = (obj) => (present(obj[MEMORY], 0) ? PD().plain(payload(obj)) : null);
  D.copyTargets = (dst, src) => PD().copyTargets(payload(dst), payload(src));
  D.clearTargets = (obj) => PD().clearTargets(payload(obj));
  D.resolve = (obj) => { if (present(obj[MEMORY], 0)) PD().resolve(payload(obj)); };
  void describe;
}

Object.assign(exports, { setup, PRIMITIVE_KINDS });
