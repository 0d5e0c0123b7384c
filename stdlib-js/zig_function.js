'use strict';
// zig_function.js — JavaScript functions as Zig function pointers (SPEC A5,
// docs/closures.md).
//
// JS → pointer: a JS function given where Zig expects `*const fn (…) R`
// becomes natives.zigClosure(handle, fnTypeIndex, fn): the address of a stub
// that runs `fn` when Zig calls it (runtime/zig_closures.c). The same
// function and type give the same address. setupPointer() teaches the
// pointer class of such a type to accept functions (a hook in zig_pointer).
//
// Zig → JS: when Zig calls the pointer, the runtime converts simple numeric
// signatures itself; everything else comes here, to `dispatch`, with a copy
// of the argument struct ("retval", "error", "0", "1", …) in a reused JS
// buffer:
//   - arguments: primitives as primitives, structs/arrays as data objects
//     COPIED into JS memory, pointers as pointer objects onto the memory they
//     point at (Zig stack included: those views are detached by the runtime
//     when the callback returns); std.mem.Allocator parameters are not passed;
//   - the result is written into "retval" by the A2 rules; pointers in it
//     that point at JS memory (strings, temporaries) are copied into memory
//     from the callback's std.mem.Allocator (TypeError without one);
//   - a JS exception: for an error-union result, the Zig error it names
//     (a Zig error object, an error whose `name` is the Zig name, or whose
//     message is the Zig error's message) or error.Unexpected; otherwise it
//     is reported on stderr and the Zig side panics "JavaScript function
//     failed".
// Calls from other threads come through the same dispatch with a token: a
// thenable result then completes the call when it settles (zig_promise).
// A zigar.function.Promise parameter is not passed to the JS function: its
// result (awaited) resolves it (zig_promise.resolveZig).

const B = require('zig_base');
const T = require('zig_types');
const M = require('zig_memory');
const { MEMORY, DESC, TARGET, RAW, hide, typeError, describe, errorMessage, copyBytes } = B;

// dispatch's statuses (ZIGAR_CALL_* in runtime/zig_abi.h)
const OK = 0, FAILED = 1, UNEXPECTED = 2;

const contexts = new Map(); // module handle → context
let initialised = false;

// Called for every module context (zig_types.createContext).
function register(ctx) {
  contexts.set(ctx.handle, ctx);
  if (!initialised && typeof natives.zigClosureInit === 'function') {
    initialised = true;
    natives.zigClosureInit(dispatch, report);
  }
  require('zig_promise').register();
}

const contextOf = (handle) => contexts.get(handle);

function report(e) {
  let text;
  try {
    text = require('inspect').inspect(e);
  } catch {
    try { text = String(e); } catch { text = 'exception (unprintable)'; }
  }
  natives.write(2, `Uncaught exception in a JavaScript function called from Zig:\n${text}\n`);
}

// ---- pointers to functions ----------------------------------------------------------

const isFunctionPointer = (D) => D.kind === 'pointer' && D.type.child >= 0
  && D.ctx.meta.types[D.type.child] && D.ctx.meta.types[D.type.child].kind === 'function';

function writeAddress(D, dv, address) {
  const off = D.ptrOffset || 0;
  if ((D.addrSize || 8) === 8) dv.setBigUint64(off, BigInt(address), true);
  else dv.setUint32(off, address, true);
}

// The pointer class D of a `*const fn (…) R` type: accepts JS functions.
function setupPointer(D) {
  const ctx = D.ctx;
  const fnType = D.type.child;
  const generalSet = D.set;
  D.isFunctionPointer = true;
  D.set = (obj, value) => {
    if (typeof value === 'function' && value[DESC] === undefined) {
      if (ctx.abandoned) throw new Error('Module was abandoned');
      const address = natives.zigClosure(ctx.handle, fnType, value);
      writeAddress(D, obj[MEMORY], address);
      hide(obj[RAW] || obj, TARGET, undefined);
      return undefined;
    }
    if (value !== null && typeof value === 'object' && value[DESC] === D) {
      if (natives.zigClosureState(D.readAddress(value[MEMORY])) === 2) throw new Error('Object has been freed already');
      copyBytes(obj[MEMORY], value[MEMORY]);
      return undefined;
    }
    if (value === null || value === undefined) return generalSet(obj, value);
    throw typeError(`Expected a function for ${D.name}, received ${describe(value)}`);
  };
  // The JS function behind a closure (null for other code addresses).
  const fnOf = (obj) => {
    const address = D.readAddress(obj[MEMORY]);
    const fn = address ? natives.zigClosureFunction(address) : undefined;
    return fn === undefined ? null : fn;
  };
  D.plain = fnOf;
  D.deref = fnOf;
  D.resolve = () => {};
  D.copyTargets = () => {};
  D.clearTargets = () => {};
}

// ---- calls from Zig ---------------------------------------------------------------------

function callbackInfo(ctx, typeIndex) {
  let map = ctx.callbackInfo;
  if (map === undefined) ctx.callbackInfo = map = new Map();
  let info = map.get(typeIndex);
  if (info !== undefined) return info;
  const cb = (ctx.meta.callbacks || []).find((c) => c.type === typeIndex);
  if (!cb) throw typeError(`No callback handler for Zig type ${typeIndex}`);
  const AD = ctx.getD(cb.argsType);
  let ret = null, err = null;
  const params = [];
  for (const f of AD.fields) {
    if (f.name === 'retval') ret = f;
    else if (f.name === 'error') err = f;
    else if (/^\d+$/.test(f.name)) params.push(f);
  }
  params.sort((a, b) => Number(a.name) - Number(b.name));
  const isAllocator = (f) => f.fd().kind === 'allocator';
  const isPromise = (f) => f.fd().kind === 'promise';
  const fnType = ctx.meta.types[typeIndex];
  const rt = fnType && fnType.child >= 0 ? ctx.meta.types[fnType.child] : null;
  const errorSet = cb.returnsErrorUnion && rt && rt.kind === 'error union' ? ctx.meta.types[rt.child2] : null;
  info = {
    name: ctx.getD(typeIndex).name,
    AD, ret, RD: ret ? ret.fd() : null, err,
    js: params.filter((f) => !isAllocator(f) && !isPromise(f)),
    promise: params.find(isPromise) || null,
    allocator: params.find(isAllocator) || null,
    errorSet,
    dv: null, obj: null,
  };
  map.set(typeIndex, info);
  return info;
}

function argValue(obj, dv, f) {
  const D = f.D || f.fd();
  if (D.isPrimitive) return D.read(dv, f.offset);
  const copy = T.copyObject(D, T.childOf(obj, f.index, D, f.offset));
  D.resolve(copy);
  return D.get(copy);
}

// (handle, fnTypeIndex, fn, argsView, result, token) → status. `fn` null:
// the runtime already called the function and `result` is what it returned.
// `token`: a call from another thread, which may wait for a thenable.
function dispatch(handle, typeIndex, fn, dv, result, token) {
  const ctx = contexts.get(handle);
  const info = callbackInfo(ctx, typeIndex);
  let obj;
  if (info.dv === dv) obj = info.obj;
  else {
    obj = info.AD.wrap(dv, false);
    if (info.dv === null) {
      info.dv = dv;
      info.obj = obj;
    }
  }
  try {
    if (fn !== null) {
      const js = info.js;
      switch (js.length) {
        case 0: result = fn(); break;
        case 1: result = fn(argValue(obj, dv, js[0])); break;
        case 2: result = fn(argValue(obj, dv, js[0]), argValue(obj, dv, js[1])); break;
        default: {
          const args = new Array(js.length);
          for (let i = 0; i < js.length; i++) args[i] = argValue(obj, dv, js[i]);
          result = fn(...args);
        }
      }
    }
    if (info.promise !== null) {
      require('zig_promise').resolveZig(ctx, info.promise, dv, result, (D, e) => zigErrorFor(ctx, D, e));
      if (require('zig_promise').isThenable(result)) return OK;
    } else if (token !== undefined && require('zig_promise').isThenable(result)) {
      return require('zig_promise').awaitForThread(info.AD, dv, result, token, (o, odv, v, failed) => {
        if (failed) return thrown(ctx, info, odv, v);
        try {
          writeResult(ctx, info, o, odv, v);
          return OK;
        } catch (e) {
          return thrown(ctx, info, odv, e);
        }
      });
    }
    writeResult(ctx, info, obj, dv, result);
    return OK;
  } catch (e) {
    return thrown(ctx, info, dv, e);
  } finally {
    // the struct is reused: drop its references to this call's targets
    if (info.AD.hasPointer) {
      for (const f of info.AD.fields) {
        const D = f.fd();
        if (!D.isPrimitive && D.hasPointer) D.clearTargets(T.childOf(obj, f.index, D, f.offset));
      }
    }
  }
}

function writeResult(ctx, info, obj, dv, result) {
  if (info.errorSet !== null && result instanceof Error) {
    const code = errorCode(ctx, info.errorSet, result);
    if (!code) throw result;
    dv.setUint16(info.err.offset, code, true);
    return;
  }
  const RD = info.RD;
  if (RD === null || RD.kind === 'void' || RD.kind === 'noreturn') return;
  if (RD.isPrimitive) {
    RD.write(dv, info.ret.offset, result);
    return;
  }
  const child = T.childOf(obj, info.ret.index, RD, info.ret.offset);
  RD.set(child, result);
  if (RD.hasPointer) relocate(ctx, info, RD, child, dv);
}

// Pointers of a result that point at JS memory get a copy of their target
// in memory from the callback's allocator: the JS objects are temporaries
// (or garbage-collected), while Zig owns what it receives.
function relocate(ctx, info, D, obj, argsDV) {
  if (!D.hasPointer) return;
  if (D.kind === 'pointer') {
    if (D.isFunctionPointer) return;
    const target = D.deref(obj);
    if (target === null) return;
    const tdv = target[MEMORY];
    if (tdv.byteLength === 0 || M.isZigMemory(tdv)) return;
    if (info.allocator === null) {
      throw typeError(`${info.name} returns ${D.name} into JavaScript memory: `
        + 'the function type needs an std.mem.Allocator parameter to copy it into');
    }
    const TD = D.targetD();
    const len = tdv.byteLength;
    const address = natives.zigAllocatorAlloc(ctx.handle, argsDV, info.allocator.offset, len, TD.align || 1);
    const { view } = M.viewAt(address, len);
    copyBytes(view, tdv);
    const copy = T.objectAt(TD, view, false);
    if (TD.hasPointer) {
      TD.copyTargets(copy, target);
      relocate(ctx, info, TD, copy, argsDV);
    }
    D.point(obj, copy);
    return;
  }
  if (D.kind === 'struct' && D.fields) {
    for (const f of D.fields) {
      if (f.isComptime) continue;
      const FD = f.fd();
      if (FD.hasPointer) relocate(ctx, info, FD, T.childOf(obj, f.index, FD, f.offset), argsDV);
    }
    return;
  }
  const ED = D.elementD;
  if (ED && ED.hasPointer && ED.size > 0) {
    const n = Math.floor(obj[MEMORY].byteLength / ED.size);
    for (let i = 0; i < n; i++) relocate(ctx, info, ED, T.childOf(obj, i, ED, i * ED.size), argsDV);
  }
}

// The code of the Zig error of `set` that exception `e` names, or 0.
function errorCode(ctx, set, e) {
  const candidates = set.isAnyerror ? allErrors(ctx) : (set.members || []);
  const errs = require('zig_errors').errorsOf(ctx);
  if (errs.isZigError(e)) {
    const code = Number(e);
    return candidates.some((m) => Number(m.value) === code) ? code : 0;
  }
  let name = null, message = null;
  if (typeof e === 'string') name = e;
  else if (e !== null && typeof e === 'object') {
    try {
      if (typeof e.name === 'string' && e.name !== 'Error') name = e.name;
      if (typeof e.message === 'string') message = e.message;
    } catch {}
  }
  for (const m of candidates) {
    if (m.name === name || (message !== null && errorMessage(m.name) === message)) return Number(m.value);
  }
  return 0;
}

function allErrors(ctx) {
  if (ctx.allErrors) return ctx.allErrors;
  const byName = new Map();
  for (const t of ctx.meta.types) {
    if (t && t.kind === 'error set') for (const m of t.members || []) byName.set(m.name, m);
  }
  ctx.allErrors = [...byName.values()];
  return ctx.allErrors;
}

// The Zig error of error union D (a descriptor) that exception `e` names,
// error.Unexpected when the set has it, else null.
function zigErrorFor(ctx, D, e) {
  if (D.kind !== 'error union') return null;
  const set = ctx.meta.types[D.type.child2];
  const errs = require('zig_errors').errorsOf(ctx);
  const code = errorCode(ctx, set, e);
  if (code) return errs.forCode(code);
  const unexpected = (set.isAnyerror ? allErrors(ctx) : (set.members || [])).find((m) => m.name === 'Unexpected');
  return unexpected ? errs.forCode(Number(unexpected.value)) : null;
}

function thrown(ctx, info, dv, e) {
  const set = info.errorSet;
  if (set !== null) {
    const code = errorCode(ctx, set, e);
    if (code) {
      dv.setUint16(info.err.offset, code, true);
      return OK;
    }
    if (set.isAnyerror || (set.members || []).some((m) => m.name === 'Unexpected')) return UNEXPECTED;
  }
  report(e);
  return FAILED;
}

// A clear error for reads of a view the runtime detached because the Zig
// stack frame it showed has returned (`dv` is the view read, `e` what V8
// threw); other errors come back unchanged.
function staleError(dv, e) {
  try {
    if (e instanceof TypeError && dv instanceof DataView && Object.prototype.hasOwnProperty.call(dv.buffer, B.ZIG)
        && dv.buffer.byteLength === 0 && dv.buffer[B.ZIG].len > 0) {
      const { address, len } = dv.buffer[B.ZIG];
      const where = `0x${address.toString(16)} (${len} bytes)`;
      if (natives.zigDetachReason(dv.buffer) === 'freed') {
        return new TypeError(`Zig memory at ${where} is no longer valid: Zig freed it while JavaScript still held a view of it`);
      }
      return new TypeError('Zig stack memory is no longer valid: the Zig function that owned it has returned');
    }
  } catch {}
  return e;
}

Object.assign(exports, { register, setupPointer, isFunctionPointer, dispatch, staleError, argValue, contextOf });
