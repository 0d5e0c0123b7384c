'use strict';
// zig_call.js — Zig functions as JS functions (SPEC A3).  Each function owns
// one argument-struct object (the class of FnInfo.argsType), reused for every
// call; arguments are written into it by the A2 conversion rules, then
// natives.zigCall runs the thunk on its bytes, then the error code and the
// return value are read back (composite values are copied out, because the
// buffer is reused).  Arguments that need no conversion (numbers, data
// objects of the parameter's class, typed arrays for slices) take the fast
// path below: no allocation, and the thunk runs through natives.zigInvoker.

const B = require('zig_base');
const T = require('zig_types');
const A = require('zig_array');
const Mem = require('zig_memory');
const { errorsOf } = require('zig_errors');
const { MEMORY, DESC, READONLY, typeError, setName, setLength, zeroBytes, copyBytes } = B;
const { childOf, copyObject, newObject } = T;

// ---- the fast path ------------------------------------------------------------
// Arguments the general path would only copy or share (numbers, Zig data
// objects of the parameter's own class, typed arrays for slices, data objects
// for pointers) are written straight into the reused argument struct, and the
// thunk runs through natives.zigInvoker's `invoke(id)` (a V8 Fast API call
// once optimised). Addresses and lengths go into a Float64Array of inputs,
// which the invoker stores into the struct (or copies from, for structs
// passed by value) in C. Nothing is allocated per call. Any other value, and
// every error, goes to the general path, which owns all the messages.

const K_NUMBER = 1;   // int / float / bool: the descriptor's write
const K_COPY = 2;     // struct, union, array, vector by value (no pointers inside)
const K_SLICE = 3;    // []T
const K_POINTER = 4;  // *T, *const T

// the invoker's ops (runtime/zig_fast.c)
const OP_POINTER = 1;
const OP_SLICE = 2;
const OP_COPY = 3;

// The address of the first byte of typed arrays, DataViews and ArrayBuffers,
// and what they are, stamped on them as private fields the first time we see
// them: V8 backing stores never move, a typed array or DataView never changes
// its buffer or offset, and a brand check plus a field load costs a tenth of
// a WeakMap lookup. A detached buffer has no bytes, which every use checks.
class Returning {
  constructor(o) { return o; }
}
class Stamped extends Returning {
  #address;
  #kind;
  constructor(o, address, kind) {
    super(o);
    this.#address = address;
    this.#kind = kind;
  }
  static addressOf(o) { return #address in o ? o.#address : -1; }
  static kindOf(o) { return o.#kind; }
}

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get;
const typedArrayClasses = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const isArrayBuffer = (v) => {
  try {
    arrayBufferByteLength.call(v);
    return true;
  } catch {
    return false;
  }
};

// Stamps `v` (an object) if it is a non-empty buffer-like; its address, or -1.
function stamp(v) {
  let kind, dv;
  const tag = typedArrayTag.call(v);
  if (tag !== undefined) {
    kind = typedArrayClasses[tag];
    if (v.byteLength === 0) return -1;
    dv = new DataView(v.buffer, v.byteOffset, v.byteLength);
  } else if (ArrayBuffer.isView(v)) {
    kind = DataView;
    if (v.byteLength === 0) return -1;
    dv = v;
  } else if (isArrayBuffer(v)) {
    kind = ArrayBuffer;
    if (v.byteLength === 0) return -1;
    dv = new DataView(v);
  } else {
    return -1;
  }
  const address = Mem.addressOf(dv);
  if (typeof address !== 'number' || !(address > 0)) return -1;
  new Stamped(v, address, kind); // eslint-disable-line no-new
  return address;
}

// The fast writer of JS parameter `j`, or null when it has none. Pointers are
// handed to C as ops; `input` counts the doubles used so far.
function fastParam(p, ops, input) {
  const D = p.D;
  const w = {
    kind: 0, D, offset: p.offset, size: D.size, input: -1, TA: null, TD: null, ED: null,
    elementSize: 0, alignMask: 0, isConst: false,
  };
  if (D.isPrimitive) {
    if (D.kind === 'int' || D.kind === 'float' || D.kind === 'bool') {
      w.kind = K_NUMBER;
      return w;
    }
    return null;
  }
  if (D.kind === 'struct' || D.kind === 'union' || D.kind === 'array' || D.kind === 'vector') {
    if (D.hasPointer || D.size === 0) return null;
    w.kind = K_COPY;
    w.input = input.count++;
    ops.push(OP_COPY, w.input, p.offset, D.size);
    return w;
  }
  if (D.kind === 'pointer' && D.ptrOffset !== undefined && D.addrSize === 8) {
    const TD = D.targetD();
    w.TD = TD;
    w.isConst = !!D.isConst;
    w.alignMask = (TD.align || 1) - 1;
    if (D.isSlice) {
      if (!TD.elementD || !TD.elementSize || D.lenSize !== 8) return null;
      w.kind = K_SLICE;
      w.ED = TD.elementD;
      w.elementSize = TD.elementSize;
      w.TA = A.typedArrayClass(TD.elementD);
      w.input = input.count;
      input.count += 2;
      ops.push(OP_SLICE, w.input, p.offset + D.ptrOffset, p.offset + D.lenOffset);
      return w;
    }
    if (D.pointerKind === 'one' && TD.size > 0 && TD.kind !== 'opaque') {
      w.kind = K_POINTER;
      w.input = input.count++;
      ops.push(OP_POINTER, w.input, p.offset + D.ptrOffset, 0);
      return w;
    }
  }
  return null;
}

// Writers: argument `v` by writer `w` into P; false when the general path
// must do it. Small, so that TurboFan inlines them into the call site.
function putNumber(P, w, v) {
  const t = typeof v;
  if (t !== 'number' && t !== 'boolean') return false;
  try {
    w.D.write(P.dv, w.offset, v);
  } catch {
    return false; // the general path throws it with `args[j]: `
  }
  return true;
}

// The address of a data object's bytes when they are `size` long, or -1.
function memoryAddress(v, size) {
  const src = v[MEMORY];
  let a = Stamped.addressOf(src);
  if (a < 0) a = stamp(src);
  if (a < 0) return -1;
  try {
    if (src.byteLength !== size) return -1;
  } catch {
    return -1; // detached
  }
  return a;
}

// The address of by-value argument `v` (a data object of the parameter's
// class, `size` bytes, any alignment), or -1.
function copyAddress(w, v) {
  if (typeof v !== 'object' || v === null || v[DESC] !== w.D) return -1;
  return memoryAddress(v, w.size);
}

// The address of the target of pointer argument `v` (a data object of the
// target's class, aligned, writable unless the pointer is const), or -1.
function pointerAddress(w, v) {
  if (typeof v !== 'object' || v === null || v[DESC] !== w.TD) return -1;
  if (!w.isConst && v[READONLY] === true) return -1;
  const a = memoryAddress(v, w.TD.size);
  if (a < 0 || (a & w.alignMask) !== 0) return -1;
  return a;
}

function putCopy(P, w, v) {
  const a = copyAddress(w, v);
  if (a < 0) return false;
  P.inputs[w.input] = a;
  return true;
}

function putPointer(P, w, v) {
  const a = pointerAddress(w, v);
  if (a < 0) return false;
  P.inputs[w.input] = a;
  return true;
}

function putSlice(P, w, v) {
  if (typeof v !== 'object' || v === null) return false;
  const a = Stamped.addressOf(v);
  if (a < 0 || Stamped.kindOf(v) !== w.TA) return putSliceOther(P, w, v);
  const n = v.length;
  if (n === 0 || (a & w.alignMask) !== 0) return false;
  P.inputs[w.input] = a;
  P.inputs[w.input + 1] = n;
  return true;
}

// Slices given a DataView, an ArrayBuffer, an array or a slice target, or a
// typed array seen for the first time.
function putSliceOther(P, w, v) {
  let a = Stamped.addressOf(v);
  if (a < 0) a = stamp(v);
  let n;
  if (a >= 0) {
    const kind = Stamped.kindOf(v);
    if (kind === w.TA) {
      n = v.byteLength;
    } else if (kind === DataView || kind === ArrayBuffer) {
      n = v.byteLength;
      if (n % w.elementSize !== 0) return false;
    } else {
      return false;
    }
  } else {
    // an array or slice target of the same element type: shared
    const VD = v[DESC];
    if (VD === undefined || VD.elementD !== w.ED) return false;
    if (!w.isConst && v[READONLY] === true) return false;
    const src = v[MEMORY];
    a = Stamped.addressOf(src);
    if (a < 0) a = stamp(src);
    if (a < 0) return false;
    n = src.byteLength;
  }
  if (n === 0 || (a & w.alignMask) !== 0) return false;
  P.inputs[w.input] = a;
  P.inputs[w.input + 1] = n / w.elementSize;
  return true;
}

function put(P, w, v) {
  switch (w.kind) {
    case K_SLICE: return putSlice(P, w, v);
    case K_NUMBER: return putNumber(P, w, v);
    case K_COPY: return putCopy(P, w, v);
    case K_POINTER: return putPointer(P, w, v);
    default: return false;
  }
}

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
    return !(t && (t.kind === 'allocator' || t.kind === 'promise' || t.kind === 'generator' || t.kind === 'abort signal'));
  });
  const ofKind = (kind) => params.find((p) => ctx.meta.types[p.type] && ctx.meta.types[p.type].kind === kind) || null;
  // a zigar.function.Promise parameter: the call returns a JS Promise; a
  // Generator: an async iterator; an AbortSignal: `{ signal }` (zig_promise)
  const promise = ofKind('promise');
  const generator = ofKind('generator');
  const signal = ofKind('abort signal');
  return { params, js, retval, error, promise, generator, signal };
}

function prefixed(e, j) {
  if (e instanceof TypeError || e instanceof RangeError) {
    const err = new e.constructor(`args[${j}]: ${e.message}`);
    return err;
  }
  return e;
}

// The return value (or the thrown Zig error) from argument struct `obj`.
function resultOf(ctx, P, obj, dv) {
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
}

// The general path's call: run the thunk on `dv`, copy back what Zig wrote
// into copies of JS arguments, then read the result. The JS allocator's
// buffers for this call (natives.zigCall's array, or undefined) are held
// from ctx until the result is mapped onto them: nothing else refers to
// them yet, and a collection in between freed memory a returned slice
// pointed into (tests/zig/allocator/held-until-read.js).
function runAndRead(ctx, fnIndex, call, P, obj, dv) {
  const held = ctx.held;
  ctx.held = natives.zigCall(ctx.handle, fnIndex, dv);
  try {
    for (const fx of call.fixups) {
      if (fx.writeBack) copyBytes(fx.original[MEMORY], fx.copy[MEMORY]);
    }
    return resultOf(ctx, P, obj, dv);
  } finally {
    ctx.held = held;
  }
}

// The fast path's call: run the thunk on P's struct, then read the result.
function invokeFast(ctx, S, P) {
  S.busy = true;
  let status;
  try {
    status = P.invoke(P.id);
    if (status === 2) status = P.invokeClassic(P.id);
  } finally {
    S.busy = false;
  }
  if (status !== 0) throw new Error('Module was abandoned');
  if (P.retPrimitive) {
    if (P.errOffset >= 0 && P.dv.getUint16(P.errOffset, true) !== 0) return resultOf(ctx, P, P.obj, P.dv);
    return P.retD.read(P.dv, P.retOffset);
  }
  return resultOf(ctx, P, P.obj, P.dv);
}

// The prepared call when the fast path is on for it, else null.
function ready(S) {
  const P = S.P !== null ? S.P : S.prepare();
  return P.writers !== null ? P : null;
}

// The entry without code generation (generateEntry's fallback): one
// function per arity, shared by all Zig functions, so V8 does not inline it.
function makeEntry(ctx, jsCount, S, general) {
  switch (jsCount) {
    case 0:
      return function () {
        if (arguments.length === 0 && !S.busy && !ctx.abandoned) {
          const P = ready(S);
          if (P !== null) return invokeFast(ctx, S, P);
        }
        return general.apply(null, arguments);
      };
    case 1:
      return function (a0) {
        if (arguments.length === 1 && !S.busy && !ctx.abandoned) {
          const P = ready(S);
          if (P !== null && put(P, P.writers[0], a0)) return invokeFast(ctx, S, P);
        }
        return general.apply(null, arguments);
      };
    case 2:
      return function (a0, a1) {
        if (arguments.length === 2 && !S.busy && !ctx.abandoned) {
          const P = ready(S);
          const w = P !== null ? P.writers : null;
          if (w !== null && put(P, w[0], a0) && put(P, w[1], a1)) return invokeFast(ctx, S, P);
        }
        return general.apply(null, arguments);
      };
    case 3:
      return function (a0, a1, a2) {
        if (arguments.length === 3 && !S.busy && !ctx.abandoned) {
          const P = ready(S);
          const w = P !== null ? P.writers : null;
          if (w !== null && put(P, w[0], a0) && put(P, w[1], a1) && put(P, w[2], a2)) return invokeFast(ctx, S, P);
        }
        return general.apply(null, arguments);
      };
    case 4:
      return function (a0, a1, a2, a3) {
        if (arguments.length === 4 && !S.busy && !ctx.abandoned) {
          const P = ready(S);
          const w = P !== null ? P.writers : null;
          if (w !== null && put(P, w[0], a0) && put(P, w[1], a1) && put(P, w[2], a2) && put(P, w[3], a3)) {
            return invokeFast(ctx, S, P);
          }
        }
        return general.apply(null, arguments);
      };
    default:
      return function () {
        if (arguments.length === jsCount && !S.busy && !ctx.abandoned) {
          const P = ready(S);
          if (P !== null) {
            let ok = true;
            for (let j = 0; ok && j < jsCount; j++) ok = put(P, P.writers[j], arguments[j]);
            if (ok) return invokeFast(ctx, S, P);
          }
        }
        return general.apply(null, arguments);
      };
  }
}

// The fast-path kind of a parameter of type `index`, from meta alone (the
// writers made on the first call confirm it, or turn the fast path off).
function kindOfType(ctx, index) {
  const t = ctx.meta.types[index];
  if (!t) return 0;
  switch (t.kind) {
    case 'int': case 'float': case 'bool': return K_NUMBER;
    case 'struct': case 'union': case 'array': case 'vector': return K_COPY;
    case 'pointer':
      if (t.pointerSize === 'slice') return K_SLICE;
      if (t.pointerSize === 'one') return K_POINTER;
      return 0;
    default: return 0;
  }
}

const putByKind = { [K_NUMBER]: 'putNumber', [K_COPY]: 'putCopy', [K_SLICE]: 'putSlice', [K_POINTER]: 'putPointer' };
const FunctionCtor = (function () {}).constructor;

// ---- direct calls -----------------------------------------------------------------
// Signatures of numbers, by-value structs/unions/arrays/vectors and
// single-item pointers with a numeric (or no) result call natives.zigDirect's
// function instead of the invoker (runtime/zig_fast.c, "direct entries"):
// optimised code reaches Zig's direct entry through the Fast API with the
// numbers and the addresses as arguments and gets the result back as the
// return value. The entry checks each argument exactly as the puts would,
// and accepts a number only when passing it needs no conversion at all (an
// integer in range, any number for a float, a boolean for bool); everything
// else goes to the general path, which converts it as D.write does (and as
// putNumber would have). The native trusts what it gets: it stays here.

// The JS test for number argument `a` of type `t` (meta) that makes it a
// direct argument as it is, or null when such parameters are not direct.
function directNumberTest(t, a) {
  if (t.kind === 'bool') return `typeof ${a} === 'boolean'`;
  if (t.kind === 'float') return t.bits === 32 || t.bits === 64 ? `typeof ${a} === 'number'` : null;
  if (t.kind !== 'int' || t.size * 8 !== t.bits) return null;
  const exact = {
    'true,8': `(${a} << 24 >> 24) === ${a}`, 'false,8': `(${a} & 255) === ${a}`,
    'true,16': `(${a} << 16 >> 16) === ${a}`, 'false,16': `(${a} & 65535) === ${a}`,
    'true,32': `(${a} | 0) === ${a}`, 'false,32': `(${a} >>> 0) === ${a}`,
  }[`${!!t.signed},${t.bits}`];
  // typeof first: the bit operators would call an object's valueOf
  return exact ? `typeof ${a} === 'number' && ${exact}` : null;
}

// The direct branch of an entry for function `info` (spliced in before the
// invoker's puts): `if (P.direct !== null) { … } else`, calling P.direct when
// every argument passes; '' when the signature cannot be direct.
function directBranch(ctx, info, layout, kinds) {
  // the runtime's Fast API policy (zig_fast.c, fast_api_allowed) refuses
  // these modes anyway; their entries stay as they were
  if (ctx.meta.optimize !== 'ReleaseFast' && ctx.meta.optimize !== 'ReleaseSmall') return '';
  if (layout.error >= 0 || layout.js.length > 8 || layout.js.length !== layout.params.length) return '';
  if (layout.retval >= 0) {
    const r = ctx.meta.types[ctx.meta.types[info.argsType].members[layout.retval].type];
    if (!r || (r.kind !== 'void' && directNumberTest(r, 'r') === null)) return '';
  }
  const decls = [];
  const tests = [];
  const passed = [];
  for (let j = 0; j < kinds.length; j++) {
    const a = `a${j}`;
    if (kinds[j] === K_NUMBER) {
      const test = directNumberTest(ctx.meta.types[layout.js[j].type], a);
      if (test === null) return '';
      tests.push(`(${test})`);
      passed.push(a);
    } else if (kinds[j] === K_COPY || kinds[j] === K_POINTER) {
      decls.push(`x${j}`);
      tests.push(`(x${j} = ${kinds[j] === K_COPY ? 'copyAddress' : 'pointerAddress'}(w[${j}], ${a})) >= 0`);
      passed.push(`x${j}`);
    } else {
      return '';
    }
  }
  return `
    if (P.direct !== null) {${decls.length ? `
      let ${decls.join(', ')};` : ''}
      if (${tests.length ? tests.join(' && ') : 'true'}) return P.direct(${passed.join(', ')});
    } else`;
}

// The entry as a function of its own source text: V8 inlines a function into
// its callers only when it is the one closure of its source position, and
// gives it type feedback of its own (one entry per Zig function, not one
// shared by all of them). The text names the function: V8 caches
// `new Function` by its text, and entries made from one cached text share
// type feedback, so a direct call site would see the direct functions of
// every Zig function of that shape and could not be a Fast API call.
// Null when code generation is refused.
function generateEntry(ctx, fnIndex, jsCount, kinds, S, general, direct) {
  if (jsCount > 16 || kinds.some((k) => !putByKind[k])) return null;
  const params = kinds.map((_, j) => `a${j}`);
  const puts = kinds.map((k, j) => `${putByKind[k]}(P, w[${j}], a${j})`);
  const body = `'use strict';
// function ${fnIndex | 0} of module ${ctx.handle | 0}
return function (${params.join(', ')}) {
  if (arguments.length === ${jsCount} && !S.busy && !ctx.abandoned) {
    const P = S.P !== null ? S.P : S.prepare();
    const w = P.writers;${direct}
    if (w !== null${puts.map((x) => ` && ${x}`).join('')}) return invokeFast(ctx, S, P);
  }
  return general.apply(null, arguments);
};`;
  try {
    const factory = new FunctionCtor('S', 'ctx', 'general', 'putNumber', 'putCopy', 'putSlice', 'putPointer',
      'invokeFast', 'copyAddress', 'pointerAddress', body);
    return factory(S, ctx, general, putNumber, putCopy, putSlice, putPointer, invokeFast, copyAddress, pointerAddress);
  } catch {
    return null;
  }
}

function makeFunction(ctx, fnIndex) {
  const existing = ctx.functions[fnIndex];
  if (existing) return existing;
  const info = ctx.meta.functions[fnIndex];
  const layout = paramLayout(ctx, info);
  if (layout.promise !== null || layout.generator !== null || layout.signal !== null) {
    ctx.functions[fnIndex] = require('zig_promise').makeAsync(ctx, fnIndex, info, layout, resultOf, prefixed);
    return ctx.functions[fnIndex];
  }
  const jsCount = layout.js.length;
  // S.P: the prepared call (below); S.busy: a call is converting arguments
  // or running, so a re-entering call needs a struct of its own
  // S.direct: the entry has a direct branch (P.direct is worth asking for)
  const S = { P: null, busy: false, prepare: null, direct: false };

  const prepare = () => {
    const AD = ctx.getD(info.argsType);
    const fieldOf = (i) => AD.fields[i];
    const js = layout.js.map((p) => {
      const f = fieldOf(p.index);
      return { f, D: f.fd(), offset: f.offset, index: f.index };
    });
    const ret = layout.retval >= 0 ? fieldOf(layout.retval) : null;
    const err = layout.error >= 0 ? fieldOf(layout.error) : null;
    const retD = ret ? ret.fd() : null;
    const obj = newObject(AD);
    const dv = obj[MEMORY];
    const P = {
      AD, js, ret, retD, errOffset: err ? err.offset : -1,
      retPrimitive: !!(retD && retD.isPrimitive), retOffset: ret ? ret.offset : 0,
      hasPointer: AD.hasPointer, obj, dv, inputs: null, writers: null, invoke: null, invokeClassic: null, id: -1,
      direct: null,
    };
    // the fast path: every parameter has a writer, and the runtime gives a
    // direct function or else an invoker
    const ops = [];
    const input = { count: 0 };
    const writers = js.map((p) => fastParam(p, ops, input));
    const fastOk = writers.every((w) => w !== null);
    const direct = fastOk && S.direct && natives.zigDirect ? natives.zigDirect(ctx.handle, fnIndex) : undefined;
    if (direct) {
      P.writers = writers;
      P.direct = direct;
    } else if (fastOk && natives.zigInvoker) {
      const inputs = new Float64Array(Math.max(input.count, 1));
      const inv = natives.zigInvoker(ctx.handle, fnIndex, dv, inputs, ops);
      if (inv) {
        P.inputs = inputs;
        P.writers = writers;
        P.invoke = inv[0];
        P.id = inv[1];
        P.invokeClassic = inv[2];
      }
    }
    S.P = P;
    return P;
  };
  S.prepare = prepare;

  const general = function () {
    if (ctx.abandoned) throw new Error('Module was abandoned');
    const argc = arguments.length;
    if (argc !== jsCount) {
      throw typeError(`Expecting ${jsCount} argument${jsCount === 1 ? '' : 's'}, received ${argc}`);
    }
    const P = S.P || prepare();
    // a call re-entering this function (from a callback) gets its own struct
    const reentrant = S.busy;
    const obj = reentrant ? newObject(P.AD) : P.obj;
    S.busy = true;
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
      return runAndRead(ctx, fnIndex, call, P, obj, dv);
    } finally {
      ctx.call = outer;
      if (P.hasPointer) {
        for (const p of P.js) if (!p.D.isPrimitive && p.D.hasPointer) p.D.clearTargets(childOf(obj, p.index, p.D, p.offset));
        if (P.retD && !P.retD.isPrimitive && P.retD.hasPointer) {
          P.retD.clearTargets(childOf(obj, P.ret.index, P.retD, P.ret.offset));
        }
      }
      if (!reentrant) S.busy = false;
    }
  };

  const kinds = layout.js.map((p) => kindOfType(ctx, p.type));
  const direct = directBranch(ctx, info, layout, kinds);
  const generated = generateEntry(ctx, fnIndex, jsCount, kinds, S, general, direct);
  S.direct = generated !== null && direct !== '';
  const fn = generated || makeEntry(ctx, jsCount, S, general);
  setName(fn, info.name);
  setLength(fn, jsCount);
  // Numeric signatures get a native function that converts arguments in C
  // (and, when optimised, is called through V8's Fast API); anything it
  // does not expect comes back to `fn`, which owns every error message.
  const fast = natives.zigFastFunction ? natives.zigFastFunction(ctx.handle, fnIndex, fn) : undefined;
  ctx.functions[fnIndex] = fast || fn;
  return ctx.functions[fnIndex];
}

// `fn` as a method: the receiver is the first argument. The common case (as
// many arguments as the method takes) is a function of its own source text,
// like the entries (generateEntry says why): V8 then inlines it, and `fn`'s
// entry in it, into optimised callers, so a method call can be as direct as
// a function call. Anything else, and code generation refused, takes the
// general wrapper, which renumbers argument errors from the method's view.
function makeMethod(ctx, fnIndex) {
  const fn = makeFunction(ctx, fnIndex);
  const general = function () {
    const args = [this];
    for (let i = 0; i < arguments.length; i++) args.push(arguments[i]);
    try {
      return fn.apply(null, args);
    } catch (e) {
      throw methodError(e);
    }
  };
  const method = generateMethod(ctx, fnIndex, fn, general) || general;
  setName(method, fn.name);
  setLength(method, Math.max(0, fn.length - 1));
  return method;
}

// An error of `fn` as the method sees it: args[0] is `this`, the rest shift.
function methodError(e) {
  if ((e instanceof TypeError || e instanceof RangeError) && /^args\[(\d+)\]: /.test(e.message)) {
    const n = Number(/^args\[(\d+)\]/.exec(e.message)[1]);
    const rest = e.message.replace(/^args\[\d+\]: /, '');
    return new e.constructor(n === 0 ? `this: ${rest}` : `args[${n - 1}]: ${rest}`);
  }
  const m = /^Expecting (\d+) arguments?, received (\d+)$/.exec(e && e.message);
  if (m && e instanceof TypeError) {
    const want = Number(m[1]) - 1;
    return typeError(`Expecting ${want} argument${want === 1 ? '' : 's'}, received ${Number(m[2]) - 1}`);
  }
  return e;
}

function generateMethod(ctx, fnIndex, fn, general) {
  const count = fn.length - 1;
  if (count < 0 || count > 16) return null;
  const params = Array.from({ length: count }, (_, j) => `a${j}`);
  const body = `'use strict';
// method ${fnIndex | 0} of module ${ctx.handle | 0}
return function (${params.join(', ')}) {
  if (arguments.length !== ${count}) return general.apply(this, arguments);
  try {
    return fn(this${params.map((a) => `, ${a}`).join('')});
  } catch (e) {
    throw methodError(e);
  }
};`;
  try {
    return new FunctionCtor('fn', 'general', 'methodError', body)(fn, general, methodError);
  } catch {
    return null;
  }
}

Object.assign(exports, { runAndRead, makeFunction, makeMethod, paramLayout });
