'use strict';
// zig_types.js — the per-module type context: one descriptor ("D") and one
// JS class per Zig type index, created lazily and cached.  Kind-specific
// behaviour lives in zig_primitive.js, zig_struct.js, zig_array.js,
// zig_pointer.js, zig_optional.js, zig_enum.js and zig_errors.js; each
// exports `setup(D)`, which fills in the descriptor's operations:
//
//   D.isPrimitive        fields of this type read as JS values (no child object)
//   D.read(dv, off)      primitives: the JS value at dv+off
//   D.write(dv, off, v)  primitives: convert and store v (TypeError/RangeError)
//   D.get(obj)           the value of a data object (`$`, field reads, returns)
//   D.set(obj, v)        re-initialise a data object in place from v
//   D.plain(obj)         valueOf(): deep plain JS
//   D.hasPointer         the bytes contain pointers (targets are JS references)
//
// See docs/data-objects.md.

const B = require('zig_base');
const M = require('zig_memory');
const {
  MEMORY, ZIG, DESC, SLOTS, TARGET, READONLY, PROXY,
  hide, defineAccessor, setName, describe, typeError, readOnlyError,
  viewOf, copyBytes, hasOwn, toBase64, fromBase64, isIdentifier,
} = B;

const KIND_MODULES = {
  void: 'zig_primitive', bool: 'zig_primitive', int: 'zig_primitive', float: 'zig_primitive',
  comptime_int: 'zig_primitive', comptime_float: 'zig_primitive', 'enum literal': 'zig_primitive',
  null: 'zig_primitive', undefined: 'zig_primitive', type: 'zig_primitive', noreturn: 'zig_primitive',
  allocator: 'zig_primitive', unsupported: 'zig_primitive', function: 'zig_primitive',
  opaque: 'zig_primitive', promise: 'zig_primitive', generator: 'zig_primitive', 'abort signal': 'zig_primitive',
  struct: 'zig_struct', union: 'zig_struct',
  array: 'zig_array', vector: 'zig_array',
  pointer: 'zig_pointer',
  optional: 'zig_optional',
  enum: 'zig_enum',
  'error set': 'zig_errors', 'error union': 'zig_errors',
};

const ANONYMOUS = /__(struct|union|enum|opaque)_\d+$/;
const COUNTER_PREFIX = { struct: 'S', union: 'U', enum: 'EN', 'error set': 'ES', opaque: 'O' };

// The last segment of a @typeName, splitting on '.' outside brackets.
function lastSegment(name) {
  let depth = 0, cut = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '.' && depth === 0) cut = i + 1;
  }
  return name.slice(cut);
}

// ---- the shared prototype of data objects -----------------------------------

function staleError(dv, e) {
  return require('zig_function').staleError(dv, e);
}

function checkWritable(obj) {
  if (obj[READONLY]) throw readOnlyError();
}

function bytesOf(D, value) {
  if (value !== null && typeof value === 'object' && value[MEMORY] instanceof DataView) return value[MEMORY];
  const dv = viewOf(value);
  if (!dv) throw typeError(`Expected a DataView, ArrayBuffer or typed array for ${D.name}, received ${describe(value)}`);
  return dv;
}

const DataProto = Object.create(Object.prototype);
defineAccessor(DataProto, '$', function () {
  return this[DESC].get(this);
}, function (value) {
  checkWritable(this);
  this[DESC].set(this, value);
});
Object.defineProperty(DataProto, 'valueOf', {
  value: function valueOf() {
    try {
      return this[DESC].plain(this);
    } catch (e) {
      throw staleError(this[MEMORY], e); // a view of a returned Zig frame: zig_function
    }
  },
  writable: true, configurable: true,
});
Object.defineProperty(DataProto, 'toJSON', {
  value: function toJSON() { return jsonify(this[DESC].plain(this)); }, writable: true, configurable: true,
});
defineAccessor(DataProto, 'dataView', function () {
  return this[MEMORY];
}, function (value) {
  checkWritable(this);
  const D = this[DESC];
  const src = bytesOf(D, value);
  const dst = this[MEMORY];
  if (src.byteLength !== dst.byteLength) {
    throw typeError(`${D.name} has ${dst.byteLength} bytes, received ${src.byteLength}`);
  }
  copyBytes(dst, src);
  if (D.hasPointer && value && value[DESC] === D) D.copyTargets(this, value);
});
defineAccessor(DataProto, 'base64', function () {
  return toBase64(this[MEMORY]);
}, function (value) {
  this.dataView = fromBase64(value);
});

function jsonify(v) {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  if (v instanceof Error) return { error: v.message };
  if (Array.isArray(v)) return v.map(jsonify);
  if (v !== null && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v)) out[k] = jsonify(v[k]);
    return out;
  }
  return v;
}

// ---- child objects (fields, elements) ----------------------------------------

function childOf(obj, key, CD, offset, length = CD.size) {
  let slots = obj[SLOTS];
  if (slots === undefined) {
    slots = new Map();
    hide(obj, SLOTS, slots);
  }
  let child = slots.get(key);
  if (child === undefined) {
    const dv = obj[MEMORY];
    const sub = new DataView(dv.buffer, dv.byteOffset + offset, length);
    if (hasOwn(dv, ZIG)) sub[ZIG] = { address: dv[ZIG].address + BigInt(offset), len: length };
    child = CD.wrap(sub, obj[READONLY] === true);
    slots.set(key, child);
  }
  return child;
}

// ---- the context -----------------------------------------------------------------

function createContext(handle, meta) {
  const optimize = meta.optimize || 'Debug';
  const ctx = {
    handle,
    meta,
    optimize,
    safe: optimize === 'Debug' || optimize === 'ReleaseSafe',
    descs: new Array(meta.types.length),
    counters: { S: 0, U: 0, EN: 0, ES: 0, O: 0 },
    argsTypes: new Set((meta.functions || []).map((f) => f.argsType)
      .concat((meta.callbacks || []).map((c) => c.argsType)) // callbacks: zig_function
      .concat((meta.promises || []).map((p) => p.argsType))), // promises, generators: zig_promise
    abandoned: false,
    errors: null,       // filled by zig_errors
    functions: [],      // JS functions by FnInfo index (zig_call)
    pointerMemo: new Map(),
    getD: (index) => getD(ctx, index),
    hasPointer: (index) => typeHasPointer(ctx, index, new Set()),
    classOf: (index) => getD(ctx, index).cls,
  };
  require('zig_function').register(ctx); // JS functions as Zig function pointers
  return ctx;
}

function getD(ctx, index) {
  let D = ctx.descs[index];
  if (D !== undefined) return D;
  const type = ctx.meta.types[index];
  if (!type) throw typeError(`Unknown Zig type index ${index}`);
  D = {
    ctx, index, type, kind: type.kind,
    size: Number(type.size) || 0,
    align: type.align || 1,
    name: '',
    cls: null,
    proto: null,
    isPrimitive: false,
    hasPointer: false,
    proxied: false,
    handler: null,
    castCache: new WeakMap(),
  };
  ctx.descs[index] = D;
  D.name = nameOf(ctx, D);
  D.hasPointer = ctx.hasPointer(index);
  const mod = require(KIND_MODULES[type.kind] || 'zig_primitive');
  makeClass(D);
  mod.setup(D);
  finish(D);
  if (ctx.onClass) ctx.onClass(D);
  return D;
}

// Counter names (S0, EN0…) are given in a stable order: a walk of the types
// reachable from the module's declarations, in declaration order, so that
// they do not depend on which class JS happens to touch first.
function assignNames(ctx) {
  const { meta } = ctx;
  const types = meta.types;
  const seen = new Set();
  ctx.preNames = new Map();
  const stack = [];
  const visit = (index) => {
    if (typeof index !== 'number' || index < 0 || seen.has(index) || !types[index]) return;
    seen.add(index);
    const t = types[index];
    if (COUNTER_PREFIX[t.kind] && index !== meta.root && !ctx.argsTypes.has(index)
        && !(t.kind === 'error set' && t.isAnyerror)) {
      const full = t.name || '';
      const seg = lastSegment(full);
      if (ANONYMOUS.test(full) || !isIdentifier(seg)) {
        const prefix = COUNTER_PREFIX[t.kind];
        ctx.preNames.set(index, `${prefix}${ctx.counters[prefix]++}`);
      }
    }
    stack.push(t);
    if (ctx.argsTypes.has(index)) {
      // parameters first, then the return value: `fn (A) R` reading order
      const ms = (t.members || []).slice();
      const rank = (m) => (m.name === 'retval' ? 1 : m.name === 'error' ? 2 : 0);
      ms.sort((a, b) => rank(a) - rank(b));
      for (const m of ms) visit(m.type);
    } else {
      for (const m of t.members || []) visit(m.type);
      visit(t.child);
      visit(t.child2);
    }
    for (const d of t.decls || []) visitDecl(d);
    stack.pop();
  };
  const visitDecl = (d) => {
    if (d.kind === 'function') {
      const f = meta.functions[d.function];
      if (f) visit(f.argsType);
    } else visit(d.type);
  };
  const root = types[meta.root];
  if (root) for (const d of root.decls || []) visitDecl(d);
}

// Whether the bytes of type `index` hold pointers (computed from meta alone).
function typeHasPointer(ctx, index, seen) {
  if (ctx.pointerMemo.has(index)) return ctx.pointerMemo.get(index);
  if (seen.has(index)) return false;
  seen.add(index);
  const t = ctx.meta.types[index];
  let r = false;
  if (!t) r = false;
  else if (t.kind === 'pointer') r = true;
  else if (t.kind === 'struct' || t.kind === 'union') {
    r = (t.members || []).some((m) => !m.isComptime && typeHasPointer(ctx, m.type, seen));
  } else if (t.kind === 'array' || t.kind === 'vector' || t.kind === 'optional' || t.kind === 'error union') {
    r = t.child >= 0 && typeHasPointer(ctx, t.child, seen);
  }
  ctx.pointerMemo.set(index, r);
  return r;
}

function nameOf(ctx, D) {
  const t = D.type;
  const child = () => (t.child >= 0 ? getD(ctx, t.child).name : 'anyopaque');
  switch (t.kind) {
    case 'pointer': {
      const s = t.hasSentinel && t.sentinel ? `:${sentinelText(ctx, t)}` : '';
      const prefix = t.pointerSize === 'slice' ? `[${s}]`
        : t.pointerSize === 'many' ? `[*${s}]`
          : t.pointerSize === 'c' ? '[*c]' : '*';
      const az = t.allowZero && t.pointerSize !== 'c' ? 'allowzero ' : '';
      return `${prefix}${az}${t.isConst ? 'const ' : ''}${child()}`;
    }
    case 'array': {
      const s = t.hasSentinel && t.sentinel ? `:${sentinelText(ctx, t)}` : '';
      return `[${t.length}${s}]${child()}`;
    }
    case 'vector': return `@Vector(${t.length}, ${child()})`;
    case 'optional': return `?${child()}`;
    case 'error union': return `${getD(ctx, t.child2).name}!${child()}`;
    case 'function': {
      const params = (t.members || []).map((m) => getD(ctx, m.type).name).join(', ');
      const ret = t.child >= 0 ? getD(ctx, t.child).name : 'void';
      return `fn (${params}) ${ret}`;
    }
    case 'allocator': return 'Allocator';
    case 'promise': return `Promise(${child()})`;
    case 'generator': return `Generator(${child()})`;
    case 'abort signal': return 'AbortSignal';
    case 'error set':
      if (t.isAnyerror) return 'anyerror';
      // fall through
    case 'struct': case 'union': case 'enum': case 'opaque': {
      if (D.index === ctx.meta.root) return ctx.meta.name || lastSegment(t.name || '');
      if (ctx.argsTypes.has(D.index)) return 'Arguments';
      const full = t.name || '';
      if (!ANONYMOUS.test(full)) {
        const seg = lastSegment(full);
        if (isIdentifier(seg)) return seg;
      }
      if (ctx.preNames && ctx.preNames.has(D.index)) return ctx.preNames.get(D.index);
      const prefix = COUNTER_PREFIX[t.kind];
      return `${prefix}${ctx.counters[prefix]++}`;
    }
    default:
      return t.name || t.kind;
  }
}

function sentinelText(ctx, t) {
  const CD = getD(ctx, t.child);
  const bytes = t.sentinel;
  if (CD.kind === 'int' && bytes && bytes.length) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let v = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(dv.getUint8(i));
    if (CD.type.signed) v = BigInt.asIntN(CD.type.bits || bytes.length * 8, v);
    return String(v);
  }
  return '?';
}

// A descriptor for a type that has no index in meta (slice targets `[_]T`).
function syntheticD(ctx, key, fields, setupFn) {
  if (!ctx.synthetic) ctx.synthetic = new Map();
  let D = ctx.synthetic.get(key);
  if (D) return D;
  D = Object.assign({
    ctx, index: -1, type: {}, kind: 'unknown', size: 0, align: 1, name: key,
    cls: null, proto: null, isPrimitive: false, hasPointer: false, proxied: false,
    handler: null, castCache: new WeakMap(),
  }, fields);
  ctx.synthetic.set(key, D);
  makeClass(D);
  setupFn(D);
  finish(D);
  return D;
}

// ---- classes ----------------------------------------------------------------------

function makeClass(D) {
  const cls = function (arg) {
    if (new.target) return construct(D, arguments.length, arg);
    return cast(D, arg, arguments.length);
  };
  setName(cls, D.name);
  const proto = Object.create(DataProto);
  Object.defineProperty(proto, 'constructor', { value: cls, writable: true, configurable: true });
  Object.defineProperty(proto, Symbol.toStringTag, { value: D.name, configurable: true });
  hide(proto, DESC, D);
  cls.prototype = proto;
  hide(cls, DESC, D);
  D.cls = cls;
  D.proto = proto;
  // defaults, replaced by kind modules
  D.wrap = (dv, readOnly) => wrap(D, dv, readOnly);
  D.get = (obj) => obj;
  D.plain = (obj) => obj;
  D.copyTargets = () => {};
  D.clearTargets = () => {};
  D.resolve = () => {};
}

function finish(D) {
  if (D.isPrimitive) {
    if (!D.customGet) D.get = (obj) => D.read(obj[MEMORY], 0);
    if (!D.customSet) D.set = (obj, v) => D.write(obj[MEMORY], 0, v);
    if (!D.plainRead) D.plainRead = D.read;
    if (!D.customPlain) D.plain = (obj) => D.plainRead(obj[MEMORY], 0);
  }
}

function wrap(D, dv, readOnly) {
  const obj = Object.create(D.proto);
  obj[MEMORY] = dv;
  if (readOnly) hide(obj, READONLY, true);
  if (D.proxied) {
    const proxy = new Proxy(obj, D.handler);
    hide(obj, PROXY, proxy);
    return proxy;
  }
  return obj;
}

// The object of class D over `dv`, one per (buffer, offset, length, constness).
function objectAt(D, dv, readOnly) {
  let byBuffer = D.castCache.get(dv.buffer);
  if (byBuffer === undefined) {
    byBuffer = new Map();
    D.castCache.set(dv.buffer, byBuffer);
  }
  const key = `${dv.byteOffset}:${dv.byteLength}:${readOnly ? 1 : 0}`;
  let obj = byBuffer.get(key);
  if (obj === undefined) {
    obj = D.wrap(dv, readOnly);
    byBuffer.set(key, obj);
  }
  return obj;
}

function newObject(D, size = D.size) {
  return D.wrap(M.allocView(size, D.align), false);
}

function construct(D, argc, arg) {
  if (D.construct) return D.construct(argc, arg);
  if (argc === 0) throw typeError(`${D.name} needs an initializer: new ${D.name}(value)`);
  if (D.notConstructible) throw typeError(`${D.name} cannot be instantiated`);
  const obj = D.newFrom ? D.newFrom(arg) : newObject(D);
  if (!D.newFrom) D.set(obj, arg);
  return obj;
}

function cast(D, arg, argc) {
  if (D.cast) {
    const r = D.cast(arg, argc);
    if (r !== undefined) return r;
  }
  if (argc === 0) throw typeError(`${D.name} expects a DataView, ArrayBuffer, typed array or Zig object to cast`);
  if (arg !== null && typeof arg === 'object' && arg[DESC] === D) return arg;
  const dv = bytesOf(D, arg);
  if (D.variableSize) {
    if (dv.byteLength % D.elementSize !== 0) {
      throw typeError(`${D.name} has elements of ${D.elementSize} bytes, received ${dv.byteLength}`);
    }
  } else if (dv.byteLength !== D.size) {
    throw typeError(`${D.name} has ${D.size} bytes, received ${dv.byteLength}`);
  }
  return objectAt(D, dv, false);
}

// A copy of `obj` (class D) in new JS memory.
function copyObject(D, obj, readOnly = false) {
  const src = obj[MEMORY];
  const dv = M.allocView(src.byteLength, D.align);
  copyBytes(dv, src);
  const copy = D.wrap(dv, readOnly);
  if (D.hasPointer) D.copyTargets(copy, obj);
  return copy;
}

function isDataObject(v) {
  return v !== null && typeof v === 'object' && v[MEMORY] instanceof DataView;
}

function typeOfKind(D) {
  if (D.kind === 'pointer') return D.type.pointerSize === 'slice' ? 'slice' : 'pointer';
  return D.kind;
}

Object.assign(exports, {
  createContext, assignNames, getD, childOf, makeClass, finish, syntheticD, objectAt, newObject, copyObject, checkWritable, wrap,
  isDataObject, typeOfKind, jsonify, DataProto, bytesOf, lastSegment,
});
