'use strict';
// zig_call.js — Zig functions as JS functions (SPEC A3).  Each function owns
// one argument-struct object (the class of FnInfo.argsType), reused for every
// call; arguments are written into it by the A2 conversion rules, then
// natives.zigCall runs the thunk on its bytes, then the error code and the
// return value are read back (composite values are copied out, because the
// buffer is reused).

const B = require('zig_base');
const T = require('zig_types');
const { errorsOf } = require('zig_errors');
const { MEMORY, typeError, setName, setLength, zeroBytes, copyBytes } = B;
const { childOf, copyObject, newObject } = T;

// The parameters of function `info` as meta describes them (no descriptors yet).
function paramLayout(ctx, info) {
  const argsType = ctx.meta.types[info.argsType];
  const members = (argsType && argsType.members) || [];
  const params = [];
  let retval = -1, error = -1;
  members.forEach((m, i) => {
    if (m.name === 'retval') retval = i;
    else if (m.name === 'error') error = i;
    else if (/^\d+$/.test(String(m.name))) params.push({ index: i, position: Number(m.name), type: m.type });
  });
  params.sort((a, b) => a.position - b.position);
  const js = params.filter((p) => {
    const t = ctx.meta.types[p.type];
    return !(t && t.kind === 'allocator');
  });
  return { params, js, retval, error };
}

function prefixed(e, j) {
  if (e instanceof TypeError || e instanceof RangeError) {
    const err = new e.constructor(`args[${j}]: ${e.message}`);
    return err;
  }
  return e;
}

function makeFunction(ctx, fnIndex) {
  const existing = ctx.functions[fnIndex];
  if (existing) return existing;
  const info = ctx.meta.functions[fnIndex];
  const layout = paramLayout(ctx, info);
  const jsCount = layout.js.length;
  let prepared = null;
  let busy = false;

  const prepare = () => {
    const AD = ctx.getD(info.argsType);
    const fieldOf = (i) => AD.fields[i];
    const js = layout.js.map((p) => {
      const f = fieldOf(p.index);
      return { f, D: f.fd(), offset: f.offset, index: f.index };
    });
    const ret = layout.retval >= 0 ? fieldOf(layout.retval) : null;
    const err = layout.error >= 0 ? fieldOf(layout.error) : null;
    prepared = {
      AD, js, ret, retD: ret ? ret.fd() : null, errOffset: err ? err.offset : -1,
      hasPointer: AD.hasPointer, obj: newObject(AD),
    };
    return prepared;
  };

  const fn = function () {
    if (ctx.abandoned) throw new Error('Module was abandoned');
    const argc = arguments.length;
    if (argc !== jsCount) {
      throw typeError(`Expecting ${jsCount} argument${jsCount === 1 ? '' : 's'}, received ${argc}`);
    }
    const P = prepared || prepare();
    // a call re-entering this function (from a callback) gets its own struct
    const reentrant = busy;
    const obj = reentrant ? newObject(P.AD) : P.obj;
    busy = true;
    const dv = obj[MEMORY];
    const call = { fixups: [] };
    const outer = ctx.call;
    ctx.call = call;
    try {
      zeroBytes(dv);
      for (let j = 0; j < argc; j++) {
        const p = P.js[j];
        const D = p.D;
        try {
          if (D.isPrimitive) D.write(dv, p.offset, arguments[j]);
          else D.set(childOf(obj, p.index, D, p.offset), arguments[j]);
        } catch (e) {
          throw prefixed(e, j);
        }
      }
      ctx.call = outer;
      natives.zigCall(ctx.handle, fnIndex, dv);
      for (const fx of call.fixups) {
        if (fx.writeBack) copyBytes(fx.original[MEMORY], fx.copy[MEMORY]);
      }
      if (P.errOffset >= 0) {
        const code = dv.getUint16(P.errOffset, true);
        if (code !== 0) throw errorsOf(ctx).forCode(code);
      }
      const RD = P.retD;
      if (!RD) return undefined;
      if (RD.isPrimitive) return RD.read(dv, P.ret.offset);
      const src = childOf(obj, P.ret.index, RD, P.ret.offset);
      const copy = copyObject(RD, src);
      RD.resolve(copy);
      return RD.get(copy);
    } finally {
      ctx.call = outer;
      if (P.hasPointer) {
        for (const p of P.js) if (!p.D.isPrimitive && p.D.hasPointer) p.D.clearTargets(childOf(obj, p.index, p.D, p.offset));
        if (P.retD && !P.retD.isPrimitive && P.retD.hasPointer) {
          P.retD.clearTargets(childOf(obj, P.ret.index, P.retD, P.ret.offset));
        }
      }
      if (!reentrant) busy = false;
    }
  };
  setName(fn, info.name);
  setLength(fn, jsCount);
  // Numeric signatures get a native function that converts arguments in C
  // (and, when optimised, is called through V8's Fast API); anything it
  // does not expect comes back to `fn`, which owns every error message.
  const fast = natives.zigFastFunction ? natives.zigFastFunction(ctx.handle, fnIndex, fn) : undefined;
  ctx.functions[fnIndex] = fast || fn;
  return ctx.functions[fnIndex];
}

// `fn` as a method: the receiver is the first argument.
function makeMethod(ctx, fnIndex) {
  const fn = makeFunction(ctx, fnIndex);
  const method = function () {
    const args = [this];
    for (let i = 0; i < arguments.length; i++) args.push(arguments[i]);
    try {
      return fn.apply(null, args);
    } catch (e) {
      // renumber argument errors from the method's point of view
      if ((e instanceof TypeError || e instanceof RangeError) && /^args\[(\d+)\]: /.test(e.message)) {
        const n = Number(/^args\[(\d+)\]/.exec(e.message)[1]);
        const rest = e.message.replace(/^args\[\d+\]: /, '');
        throw new e.constructor(n === 0 ? `this: ${rest}` : `args[${n - 1}]: ${rest}`);
      }
      const m = /^Expecting (\d+) arguments?, received (\d+)$/.exec(e && e.message);
      if (m && e instanceof TypeError) {
        const want = Number(m[1]) - 1;
        throw typeError(`Expecting ${want} argument${want === 1 ? '' : 's'}, received ${Number(m[2]) - 1}`);
      }
      throw e;
    }
  };
  setName(method, fn.name);
  setLength(method, Math.max(0, fn.length - 1));
  return method;
}

Object.assign(exports, { makeFunction, makeMethod, paramLayout });
