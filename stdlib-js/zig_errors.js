'use strict';
// zig_errors.js — error sets and error unions.  A Zig error is a JS Error,
// one object per error name per module, the same object every time
// (`err === ErrorSet.SystemIsOnFire`); `message` is the name in words.

const B = require('zig_base');
const T = require('zig_types');
const { MEMORY, DESC, describe, typeError, rangeError, defineValue, errorMessage, zeroBytes } = B;
const { childOf } = T;
const { PRIMITIVE_KINDS } = require('zig_optional');

const ERROR_INFO = Symbol('zigError');

// The module's error registry (codes are global within a library).
function errorsOf(ctx) {
  if (ctx.errors) return ctx.errors;
  class ZigError extends Error {}
  Object.defineProperty(ZigError.prototype, Symbol.toPrimitive, {
    value: function (hint) {
      if (hint === 'number') return this[ERROR_INFO] ? this[ERROR_INFO].code : NaN;
      return Error.prototype.toString.call(this);
    },
    configurable: true,
  });
  const byName = new Map();
  const byCode = new Map();
  const codeToName = new Map();
  for (const t of ctx.meta.types) {
    if (t && t.kind === 'error set') {
      for (const m of t.members || []) codeToName.set(Number(m.value), m.name);
    }
  }
  // anyerror classes set up so far: every error made later joins them too
  const anyClasses = [];
  const joinAny = (cls, err) => {
    const { name } = err[ERROR_INFO];
    if (name[0] !== '#' && !Object.prototype.hasOwnProperty.call(cls, name)) defineValue(cls, name, err, true);
    // `err in anyerror`: the key an error converts to
    defineValue(cls, String(err), true, false);
  };
  const make = (name, code) => {
    let err = byName.get(name);
    if (err === undefined) {
      err = new ZigError(errorMessage(name));
      Object.defineProperty(err, ERROR_INFO, { value: { name, code }, enumerable: false });
      byName.set(name, err);
      for (const cls of anyClasses) joinAny(cls, err);
    }
    if (!byCode.has(code)) byCode.set(code, err);
    return err;
  };
  const forCode = (code) => {
    let err = byCode.get(code);
    if (err) return err;
    const name = codeToName.get(code);
    if (name !== undefined) return make(name, code);
    err = new ZigError(`Zig error ${code}`);
    Object.defineProperty(err, ERROR_INFO, { value: { name: `#${code}`, code }, enumerable: false });
    byCode.set(code, err);
    for (const cls of anyClasses) joinAny(cls, err);
    return err;
  };
  // An anyerror class: holds every error of the module, those made so far
  // (all that meta names, made now) and those made later (unnamed codes).
  const addAny = (cls) => {
    for (const [code, name] of codeToName) make(name, code);
    for (const err of new Set([...byName.values(), ...byCode.values()])) joinAny(cls, err);
    anyClasses.push(cls);
  };
  const isZigError = (v) => v instanceof ZigError && v[ERROR_INFO] !== undefined;
  ctx.errors = { ZigError, make, forCode, isZigError, byName, addAny };
  return ctx.errors;
}

function setup(D) {
  if (D.kind === 'error union') return unionSetup(D);
  const ctx = D.ctx;
  const errs = errorsOf(ctx);
  const isAny = !!D.type.isAnyerror;
  const members = new Map(); // name → error
  const codes = new Set();
  for (const m of D.type.members || []) {
    const err = errs.make(m.name, Number(m.value));
    members.set(m.name, err);
    codes.add(Number(m.value));
    defineValue(D.cls, m.name, err, true);
    // `err in ErrorSet`: the key an error converts to
    defineValue(D.cls, String(err), true, false);
  }
  if (isAny) {
    // anyerror holds every error of the module: static members and `in`
    // keys for all of them, now and as more are made
    errs.addAny(D.cls);
    for (const [name, err] of errs.byName) {
      if (!members.has(name)) { members.set(name, err); codes.add(err[ERROR_INFO].code); }
    }
  }
  const has = (err) => errs.isZigError(err) && (isAny || codes.has(err[ERROR_INFO].code));
  // Messages name the set as the module declares it too: an error set's
  // class has a counter name (ES0) since its @typeName is `error{…}`.
  const label = labelOf(D);
  Object.defineProperty(D.cls, Symbol.hasInstance, { value: has, configurable: true });
  D.isPrimitive = true;
  const codeSize = D.size >= 2 ? 2 : D.size;
  const readCode = (dv, off) => (codeSize === 2 ? dv.getUint16(off, true) : codeSize === 1 ? dv.getUint8(off) : 0);
  D.read = (dv, off) => {
    const code = readCode(dv, off);
    return code === 0 ? null : errs.forCode(code);
  };
  const errorFor = (value) => {
    if (errs.isZigError(value)) {
      if (!has(value)) throw typeError(`${label} does not contain the error "${value.message}"`);
      return value;
    }
    if (typeof value === 'string') {
      const err = members.get(value) || [...members.values()].find((e) => e.message === value);
      if (!err) throw rangeError(`${label} has no error named ${describe(value)}`);
      return err;
    }
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) throw typeError(`${label} has no error with the code ${describe(value)}`);
      const err = errs.forCode(value);
      if (!has(err)) throw rangeError(`${label} has no error with the code ${value}`);
      return err;
    }
    if (value !== null && typeof value === 'object' && value[DESC] === D) return D.read(value[MEMORY], 0);
    throw typeError(`Expected an error of ${label}, received ${describe(value)}`);
  };
  D.errorFor = errorFor;
  D.write = (dv, off, value) => {
    const err = errorFor(value);
    const code = err[ERROR_INFO].code;
    if (codeSize === 2) dv.setUint16(off, code, true); else if (codeSize === 1) dv.setUint8(off, code);
  };
  D.cast = (arg) => {
    if (typeof arg === 'string' || typeof arg === 'number' || errs.isZigError(arg)) return errorFor(arg);
    return undefined;
  };
}

// `ES0 (MyError)` for `pub const MyError = error{…}` (the first `pub const`
// naming the set, the module's own first); the class name alone otherwise.
function labelOf(D) {
  if (D.type.isAnyerror) return D.name;
  const { meta } = D.ctx;
  const root = meta.types[meta.root];
  const find = (t) => t && (t.decls || []).find((d) => d.kind === 'type' && d.type === D.index);
  let decl = find(root);
  for (let i = 0; !decl && i < meta.types.length; i++) decl = find(meta.types[i]);
  return decl && decl.name !== D.name ? `${D.name} (${decl.name})` : D.name;
}

function unionSetup(D) {
  const ctx = D.ctx;
  const t = D.type;
  const errs = errorsOf(ctx);
  const offA = Number(t.offsetA || 0);
  const offB = Number(t.offsetB || 0);
  let PDc = null, EDc = null;
  const PD = () => PDc || (PDc = ctx.getD(t.child));
  const ED = () => EDc || (EDc = ctx.getD(t.child2));
  const code = (dv, off) => dv.getUint16(off + offB, true);
  const childType = ctx.meta.types[t.child];
  const writeError = (dv, off, err) => {
    ED().write(dv, off + offB, err);
  };
  if (childType && PRIMITIVE_KINDS.has(childType.kind)) {
    D.isPrimitive = true;
    D.read = (dv, off) => {
      const c = code(dv, off);
      if (c !== 0) throw errs.forCode(c);
      return PD().read(dv, off + offA);
    };
    D.plainRead = (dv, off) => {
      const c = code(dv, off);
      return c !== 0 ? errs.forCode(c) : PD().plainRead(dv, off + offA);
    };
    D.write = (dv, off, v) => {
      if (errs.isZigError(v)) {
        zeroBytes(dv, off, D.size);
        writeError(dv, off, v);
        return;
      }
      PD().write(dv, off + offA, v);
      dv.setUint16(off + offB, 0, true);
    };
    return;
  }
  const payload = (obj) => childOf(obj, 0, PD(), offA);
  D.get = (obj) => {
    const c = code(obj[MEMORY], 0);
    if (c !== 0) throw errs.forCode(c);
    return PD().get(payload(obj));
  };
  D.set = (obj, v) => {
    if (errs.isZigError(v)) {
      zeroBytes(obj[MEMORY]);
      if (PD().hasPointer) PD().clearTargets(payload(obj));
      writeError(obj[MEMORY], 0, v);
      return;
    }
    if (v !== null && typeof v === 'object' && v[DESC] === D) {
      B.copyBytes(obj[MEMORY], v[MEMORY]);
      if (D.hasPointer) D.copyTargets(obj, v);
      return;
    }
    PD().set(payload(obj), v);
    obj[MEMORY].setUint16(offB, 0, true);
  };
  D.plain = (obj) => {
    const c = code(obj[MEMORY], 0);
    return c !== 0 ? errs.forCode(c) : PD().plain(payload(obj));
  };
  D.copyTargets = (dst, src) => PD().copyTargets(payload(dst), payload(src));
  D.clearTargets = (obj) => PD().clearTargets(payload(obj));
  D.resolve = (obj) => { if (code(obj[MEMORY], 0) === 0) PD().resolve(payload(obj)); };
}

Object.assign(exports, { setup, errorsOf, ERROR_INFO });
