'use strict';
// zig_module.js - a Zig module's exports (SPEC A1): named exports for every
// `pub const` (types -> classes, functions -> JS functions, values -> frozen
// copies or primitives), `default` (the namespace class, with static
// accessors for `pub var`s in Zig memory) and `__zigar`. The export names
// come from zig.js's exportNames, which must list the keys createModule
// returns, in the same order.

const B = require('zig_base');
const T = require('zig_types');
const Mem = require('zig_memory');
const C = require('zig_call');
const { DESC, isIdentifier, setName, typeError, defineValue, defineAccessor, hasOwn } = B;

function readCString(address) {
  const bytes = [];
  for (let i = 0; i < 65536; i++) {
    const { view } = Mem.viewAt(address + i, 1);
    const b = view.getUint8(0);
    if (b === 0) break;
    bytes.push(b);
  }
  return B.decodeUTF8(new DataView(new Uint8Array(bytes).buffer));
}

function comptimeValue(ctx, decl) {
  const t = ctx.meta.types[decl.type];
  const kind = t ? t.kind : 'unsupported';
  if (kind === 'null') return null;
  if (kind === 'undefined') return undefined;
  if (!decl.address) return undefined;
  switch (kind) {
    case 'comptime_int': {
      const { view } = Mem.viewAt(decl.address, 8);
      const v = view.getBigInt64(0, true);
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    case 'comptime_float': return Mem.viewAt(decl.address, 8).view.getFloat64(0, true);
    case 'enum literal': return readCString(decl.address);
    default: return constValue(ctx, decl);
  }
}

function constValue(ctx, decl) {
  const D = ctx.getD(decl.type);
  if (!decl.address) return D.size === 0 && D.isPrimitive ? D.read(new DataView(new ArrayBuffer(0)), 0) : undefined;
  const { view } = Mem.viewAt(decl.address, D.size);
  if (D.isPrimitive) {
    try {
      return D.read(view, 0);
    } catch (e) {
      return e; // an error union holding an error
    }
  }
  let obj;
  if (D.hasPointer) obj = T.objectAt(D, view, true);             // stays in Zig memory, read-only
  else obj = T.copyObject(D, D.wrap(view, true), true);        // copied into JS memory, frozen
  try {
    return D.get(obj);
  } catch (e) {
    return e;
  }
}

function varAccessors(ctx, decl) {
  let view = null;
  const at = () => view || (view = Mem.viewAt(decl.address, ctx.getD(decl.type).size).view);
  return {
    get() {
      const D = ctx.getD(decl.type);
      if (D.isPrimitive) return D.read(at(), 0);
      return D.get(T.objectAt(D, at(), false));
    },
    set(value) {
      const D = ctx.getD(decl.type);
      if (D.isPrimitive) D.write(at(), 0, value);
      else D.set(T.objectAt(D, at(), false), value);
    },
  };
}

// Declarations of a container type -> static members of `target` (and methods).
function installDecls(ctx, target, decls, proto) {
  for (const d of decls) {
    if (!isIdentifier(d.name) || hasOwn(target, d.name)) continue;
    switch (d.kind) {
      case 'type':
        lazyStatic(target, d.name, () => ctx.classOf(d.type));
        break;
      case 'function': {
        const fn = C.makeFunction(ctx, d.function);
        defineValue(target, d.name, fn, true);
        const info = ctx.meta.functions[d.function];
        if (proto && info && info.isMethod && !hasOwn(proto, d.name)) {
          Object.defineProperty(proto, d.name, {
            value: C.makeMethod(ctx, d.function), writable: true, configurable: true, enumerable: false,
          });
        }
        break;
      }
      case 'const':
        lazyStatic(target, d.name, () => constValue(ctx, d));
        break;
      case 'comptime':
        lazyStatic(target, d.name, () => comptimeValue(ctx, d));
        break;
      case 'var': {
        const { get, set } = varAccessors(ctx, d);
        defineAccessor(target, d.name, get, set, true);
        break;
      }
      default:
    }
  }
}

function lazyStatic(target, name, compute) {
  let done = false, value;
  Object.defineProperty(target, name, {
    get() {
      if (!done) { value = compute(); done = true; }
      return value;
    },
    configurable: true,
    enumerable: true,
  });
}

function createModule(handle, meta) {
  const ctx = T.createContext(handle, meta);
  T.assignNames(ctx);
  const rootType = meta.types[meta.root];
  const decls = (rootType && rootType.decls) || [];
  ctx.onClass = (D) => {
    if (D.index === meta.root || D.index < 0) return;
    const ds = D.type.decls;
    if (ds && ds.length) installDecls(ctx, D.cls, ds, D.proto);
  };
  const nsName = meta.name || 'module';
  const ns = setName(function () {
    throw typeError(`${nsName} is a namespace, not a constructor`);
  }, nsName);
  const exportsObj = {};
  for (const d of decls) {
    if (!isIdentifier(d.name)) continue;
    switch (d.kind) {
      case 'type': {
        const cls = ctx.classOf(d.type);
        exportsObj[d.name] = cls;
        defineValue(ns, d.name, cls, true);
        break;
      }
      case 'function': {
        const fn = C.makeFunction(ctx, d.function);
        exportsObj[d.name] = fn;
        defineValue(ns, d.name, fn, true);
        break;
      }
      case 'const': {
        const v = constValue(ctx, d);
        exportsObj[d.name] = v;
        defineValue(ns, d.name, v, true);
        break;
      }
      case 'comptime': {
        const v = comptimeValue(ctx, d);
        exportsObj[d.name] = v;
        defineValue(ns, d.name, v, true);
        break;
      }
      case 'var': {
        const { get, set } = varAccessors(ctx, d);
        defineAccessor(ns, d.name, get, set, true);
        break;
      }
      default:
    }
  }
  exportsObj.default = ns;
  exportsObj.__zigar = makeZigar(ctx, exportsObj, ns);
  return exportsObj;
}

// After abandon(), the module's functions must throw "Module was abandoned"
// wherever they are called from. Optimised code may call a function's V8
// Fast API entry straight into Zig, where nothing can check; but it first
// checks that the binding it loads still holds the function it was
// optimised for. So abandon() puts a function that throws in place of each
// Zig function, in the module's bindings (natives.zigAbandon) and in the
// default export: such code then deoptimises and throws. (A reference kept
// in a variable of one's own still holds the old function; docs/abandon.md.)
function abandonedStub(fn) {
  const stub = function () { throw new Error('Module was abandoned'); };
  setName(stub, fn.name);
  Object.defineProperty(stub, 'length', { value: fn.length, configurable: true });
  return stub;
}

function replaceFunctions(ctx, exportsObj, ns) {
  const bindings = [];
  for (const name of Object.keys(exportsObj)) {
    const fn = exportsObj[name];
    if (typeof fn !== 'function' || !ctx.functions.includes(fn)) continue;
    const stub = abandonedStub(fn);
    bindings.push(name, stub);
    if (Object.getOwnPropertyDescriptor(ns, name)?.value === fn) defineValue(ns, name, stub, true);
  }
  return bindings;
}

function descOf(T0) {
  const D = T0 !== null && (typeof T0 === 'function' || typeof T0 === 'object') ? T0[DESC] : undefined;
  if (!D) throw typeError(`Expected a Zig type, received ${B.describe(T0)}`);
  return D;
}

function makeZigar(ctx, exportsObj, ns) {
  return {
    sizeOf(T0) { return descOf(T0).size; },
    alignOf(T0) { return descOf(T0).align; },
    typeOf(T0) { return T.typeOfKind(descOf(T0)); },
    abandon() {
      if (ctx.abandoned) return;
      ctx.abandoned = true;
      natives.zigAbandon(ctx.handle, replaceFunctions(ctx, exportsObj, ns));
    },
    released() { return ctx.abandoned; },
    stats() {
      // live externalBytes, closures, modules (zig_function tests); directClassicCalls:
      // calls of direct functions that took the classic callback (zig_call.js)
      const s = natives.zigStats();
      if (natives.zigDirectClassicCalls) s.directClassicCalls = natives.zigDirectClassicCalls();
      return s;
    },
  };
}

Object.assign(exports, { createModule });
