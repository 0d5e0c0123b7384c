'use strict';
// zig_primitive.js — ints (every width), floats (f16…f128), bool, void and
// the comptime-only / opaque kinds.  Fields of these types read as JS values.

const B = require('zig_base');
const { MEMORY, describe, typeError } = B;

function setup(D) {
  D.isPrimitive = true;
  switch (D.kind) {
    case 'int': return intOps(D);
    case 'float': return floatOps(D);
    case 'bool': return boolOps(D);
    case 'void': return voidOps(D);
    case 'comptime_int':
      D.read = (dv, off) => (dv.byteLength >= off + 8 ? narrow(dv.getBigInt64(off, true)) : 0);
      D.write = () => { throw typeError(`${D.name} cannot be written`); };
      return;
    case 'comptime_float':
      D.read = (dv, off) => (dv.byteLength >= off + 8 ? dv.getFloat64(off, true) : 0);
      D.write = () => { throw typeError(`${D.name} cannot be written`); };
      return;
    case 'null':
      D.read = () => null;
      D.write = () => {};
      return;
    case 'opaque':
      D.notConstructible = true;
      D.read = () => undefined;
      D.write = () => { throw typeError(`${D.name} is opaque`); };
      return;
    case 'allocator':
      // filled in by the runtime (natives.zigCall); invisible to JS
      D.read = () => undefined;
      D.write = () => {};
      return;
    default:
      D.read = () => undefined;
      D.write = (dv, off, v) => {
        if (v !== undefined) throw typeError(`${D.name} cannot hold ${describe(v)}`);
      };
  }
}

const narrow = (big) => (big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big);

// A JS number or bigint out of `value` (data objects give their value), or a TypeError.
function numeric(D, value) {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (value !== null && typeof value === 'object' && value[MEMORY] instanceof DataView) {
    const v = value.valueOf();
    if (typeof v === 'number' || typeof v === 'bigint') return v;
  }
  throw typeError(`Expected a number for ${D.name}, received ${describe(value)}`);
}

function rangeFail(D, value) {
  return typeError(`${D.name} cannot represent the value given: ${describe(value)}`);
}

// ---- integers -------------------------------------------------------------------

function intOps(D) {
  const bits = D.type.bits | 0;
  const signed = !!D.type.signed;
  const size = D.size;
  const safe = D.ctx.safe;
  const isSizeType = D.name === 'usize' || D.name === 'isize';
  if (bits === 0) {
    D.read = () => 0;
    D.write = (dv, off, v) => {
      const n = numeric(D, v);
      if (n != 0 && safe) throw rangeFail(D, v); // eslint-disable-line eqeqeq
    };
    return;
  }
  if (bits <= 32) {
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    const span = 2 ** bits;
    const exact = bits === size * 8;
    const get = size === 1 ? (signed ? 'getInt8' : 'getUint8')
      : size === 2 ? (signed ? 'getInt16' : 'getUint16') : (signed ? 'getInt32' : 'getUint32');
    const uget = size === 1 ? 'getUint8' : size === 2 ? 'getUint16' : 'getUint32';
    const set = size === 1 ? 'setInt8' : size === 2 ? 'setInt16' : 'setInt32';
    D.read = exact
      ? (dv, off) => dv[get](off, true)
      : (dv, off) => {
        let u = dv[uget](off, true) % span;
        if (signed && u > max) u -= span;
        return u;
      };
    D.write = (dv, off, value) => {
      let n = numeric(D, value);
      if (typeof n === 'bigint') {
        if (n < BigInt(min) || n > BigInt(max)) {
          if (safe) throw rangeFail(D, value);
          n = Number(signed ? BigInt.asIntN(bits, n) : BigInt.asUintN(bits, n));
        } else n = Number(n);
      } else if (!Number.isInteger(n)) {
        if (safe || !Number.isFinite(n)) throw rangeFail(D, value);
        n = Math.trunc(n);
      }
      if (n < min || n > max) {
        if (safe) throw rangeFail(D, value);
        n = Number(signed ? BigInt.asIntN(bits, BigInt(n)) : BigInt.asUintN(bits, BigInt(n)));
      }
      dv[set](off, n, true);
    };
    return;
  }
  const bbits = BigInt(bits);
  const min = signed ? -(1n << (bbits - 1n)) : 0n;
  const max = signed ? (1n << (bbits - 1n)) - 1n : (1n << bbits) - 1n;
  const words = size >> 3;
  const out = isSizeType ? narrow : (v) => v;
  const readRaw = size === 8
    ? (dv, off) => dv.getBigUint64(off, true)
    : (dv, off) => {
      let v = 0n;
      for (let i = words - 1; i >= 0; i--) v = (v << 64n) | dv.getBigUint64(off + i * 8, true);
      return v;
    };
  D.read = (dv, off) => {
    const raw = readRaw(dv, off);
    return out(signed ? BigInt.asIntN(bits, raw) : BigInt.asUintN(bits, raw));
  };
  D.write = (dv, off, value) => {
    const n0 = numeric(D, value);
    let n;
    if (typeof n0 === 'number') {
      if (!Number.isInteger(n0)) {
        if (safe || !Number.isFinite(n0)) throw rangeFail(D, value);
        n = BigInt(Math.trunc(n0));
      } else n = BigInt(n0);
    } else n = n0;
    if (n < min || n > max) {
      if (safe) throw rangeFail(D, value);
      n = signed ? BigInt.asIntN(bits, n) : BigInt.asUintN(bits, n);
    }
    let u = BigInt.asUintN(words * 64, n);
    for (let i = 0; i < words; i++) {
      dv.setBigUint64(off + i * 8, BigInt.asUintN(64, u), true);
      u >>= 64n;
    }
  };
}

// ---- floats ---------------------------------------------------------------------

function floatOps(D) {
  const bits = D.type.bits | 0;
  const num = (value) => {
    const n = numeric(D, value);
    return typeof n === 'bigint' ? Number(n) : n;
  };
  switch (bits) {
    case 16:
      D.read = (dv, off) => f16Decode(dv.getUint16(off, true));
      D.write = (dv, off, v) => dv.setUint16(off, f16Encode(num(v)), true);
      break;
    case 32:
      D.read = (dv, off) => dv.getFloat32(off, true);
      D.write = (dv, off, v) => dv.setFloat32(off, num(v), true);
      break;
    case 64:
      D.read = (dv, off) => dv.getFloat64(off, true);
      D.write = (dv, off, v) => dv.setFloat64(off, num(v), true);
      break;
    case 80:
      D.read = (dv, off) => f80Decode(dv, off);
      D.write = (dv, off, v) => f80Encode(dv, off, num(v));
      break;
    case 128:
      D.read = (dv, off) => f128Decode(dv, off);
      D.write = (dv, off, v) => f128Encode(dv, off, num(v));
      break;
    default:
      D.read = () => NaN;
      D.write = () => { throw typeError(`${D.name} is not supported`); };
  }
}

function ldexp(m, e) {
  // m * 2^e without intermediate overflow/underflow
  while (e > 1000) { m *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { m *= 2 ** -1000; e += 1000; }
  return m * 2 ** e;
}

function roundHalfEven(x) {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function f16Decode(h) {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 31;
  const m = h & 1023;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

function f16Encode(v) {
  if (Number.isNaN(v)) return 0x7e00;
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a / 2 ** -24); // subnormal (1024 → smallest normal)
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e + 15 >= 31) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

function f64Parts(v) {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v, true);
  const hi = dv.getUint32(4, true);
  return {
    sign: hi >>> 31,
    exp: (hi >>> 20) & 0x7ff,
    frac: dv.getBigUint64(0, true) & ((1n << 52n) - 1n),
  };
}

function msb(big) {
  let p = -1;
  while (big > 0n) { big >>= 1n; p++; }
  return p;
}

function f80Decode(dv, off) {
  const mant = dv.getBigUint64(off, true);
  const se = dv.getUint16(off + 8, true);
  const sign = se & 0x8000 ? -1 : 1;
  const exp = se & 0x7fff;
  if (exp === 0x7fff) return (mant << 1n) & ((1n << 64n) - 1n) ? NaN : sign * Infinity;
  if (exp === 0 && mant === 0n) return sign * 0;
  return sign * ldexp(Number(mant), (exp === 0 ? 1 : exp) - 16383 - 63);
}

function f80Encode(dv, off, v) {
  const { sign, exp, frac } = f64Parts(v);
  let e80, mant;
  if (exp === 0x7ff) {
    e80 = 0x7fff;
    mant = frac === 0n ? 1n << 63n : (3n << 62n) | (frac << 11n);
  } else if (exp === 0) {
    if (frac === 0n) { e80 = 0; mant = 0n; } else {
      const p = msb(frac);
      mant = frac << BigInt(63 - p);
      e80 = p - 1074 + 16383;
    }
  } else {
    e80 = exp - 1023 + 16383;
    mant = (1n << 63n) | (frac << 11n);
  }
  dv.setBigUint64(off, mant, true);
  dv.setUint16(off + 8, (sign << 15) | e80, true);
  for (let i = 10; i < 16 && off + i < dv.byteLength; i++) dv.setUint8(off + i, 0);
}

function f128Decode(dv, off) {
  const lo = dv.getBigUint64(off, true);
  const hi = dv.getBigUint64(off + 8, true);
  const sign = hi >> 63n ? -1 : 1;
  const exp = Number((hi >> 48n) & 0x7fffn);
  const frac = ((hi & ((1n << 48n) - 1n)) << 64n) | lo;
  if (exp === 0x7fff) return frac ? NaN : sign * Infinity;
  if (exp === 0) return frac === 0n ? sign * 0 : sign * ldexp(Number(frac), -16382 - 112);
  return sign * ldexp(Number(frac | (1n << 112n)), exp - 16383 - 112);
}

function f128Encode(dv, off, v) {
  const { sign, exp, frac } = f64Parts(v);
  let e, f;
  if (exp === 0x7ff) { e = 0x7fff; f = frac === 0n ? 0n : (1n << 111n) | (frac << 60n); } else if (exp === 0) {
    if (frac === 0n) { e = 0; f = 0n; } else {
      const p = msb(frac);
      e = p - 1074 + 16383;
      f = (frac - (1n << BigInt(p))) << BigInt(112 - p);
    }
  } else { e = exp - 1023 + 16383; f = frac << 60n; }
  const hi = (BigInt(sign) << 63n) | (BigInt(e) << 48n) | (f >> 64n);
  dv.setBigUint64(off, f & ((1n << 64n) - 1n), true);
  dv.setBigUint64(off + 8, hi, true);
}

// ---- bool, void ----------------------------------------------------------------------

function boolOps(D) {
  D.read = (dv, off) => dv.getUint8(off) !== 0;
  D.write = (dv, off, value) => {
    let v = value;
    if (v !== null && typeof v === 'object' && v[MEMORY] instanceof DataView) v = v.valueOf();
    if (typeof v === 'boolean') dv.setUint8(off, v ? 1 : 0);
    else if (typeof v === 'number' || typeof v === 'bigint') dv.setUint8(off, v ? 1 : 0);
    else throw typeError(`Expected a boolean for ${D.name}, received ${describe(value)}`);
  };
}

function voidOps(D) {
  D.read = () => undefined;
  D.write = (dv, off, value) => {
    if (value !== undefined && value !== null
      && !(typeof value === 'object' && value[MEMORY] instanceof DataView && value.valueOf() === undefined)) {
      throw typeError(`Expected undefined for ${D.name}, received ${describe(value)}`);
    }
  };
}

Object.assign(exports, { setup, narrow, numeric, f16Decode, f16Encode });
