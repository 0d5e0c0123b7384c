'use strict';
// zig_promise.js — zigar.function.Promise(T) (SPEC C, docs/threads.md).
//
// JS → Zig: a Zig function with a Promise(T) parameter is called without it
// and returns a JS Promise (or, when the last argument is `{ callback }`,
// calls callback(err, value) and returns undefined). The runtime fills the
// Zig value with a handle and its settle function (natives.zigPromiseNew);
// `promise.resolve(v)` from any thread reaches `settle` below on the JS
// thread with the argument struct { "0": handle, "1": v }. Until then the
// call's argument struct, its temporaries and the JS arguments are held
// (pointers Zig received stay valid), and the loop stays alive. A Zig error
// returned by the function itself, or resolved for an error-union T,
// rejects.
//
// Zig → JS: a JS function Zig calls with a Promise(T) parameter does not see
// it; its own result (awaited when it is a thenable) resolves it through
// natives.zigPromiseResolve (zig_function's dispatch calls resolveZig). A
// rejection becomes the Zig error it names for an error-union T, else it is
// left unhandled (reported, exit status 1).
//
// Generators (zigar.function.Generator(T)) use the same handles: the call
// returns an async iterator (makeIterator) and each `yield` reaches `settle`
// below, whose answer (the settler's) tells Zig whether to go on.
// AbortSignal parameters get a word of JS memory set to 1 when the
// `{ signal }` given aborts.

const B = require('zig_base');
const T = require('zig_types');
const M = require('zig_memory');
const { MEMORY, typeError, setName, setLength, copyBytes } = B;

// dispatch's status for "completes later" (ZR_CALL_PENDING, zig_threads.h)
const PENDING = -1;

let initialised = false;

function register() {
  if (!initialised && typeof natives.zigPromiseInit === 'function') {
    initialised = true;
    natives.zigPromiseInit(settle);
  }
}

const isThenable = (v) => v !== null && (typeof v === 'object' || typeof v === 'function')
  && typeof v.then === 'function';

// The runtime's hook: promise `settler` gets (error, value) from the settle
// argument struct `dv` (class argsType).
function settle(handle, argsType, settler, dv) {
  const F = require('zig_function');
  const ctx = F.contextOf(handle);
  const AD = ctx.getD(argsType);
  const obj = AD.wrap(dv, false);
  const f = AD.fields.find((x) => x.name === '1');
  let err = null, value;
  try {
    value = F.argValue(obj, dv, f);
  } catch (e) {
    err = e;
  }
  return settler(err, value) === true;
}

// The JS function for Zig function `fnIndex`, which has a Promise, a
// Generator or an AbortSignal parameter (layout.promise / generator /
// signal). `resultOf` and `prefixed` are zig_call's.
function makeAsync(ctx, fnIndex, info, layout, resultOf, prefixed) {
  const jsCount = layout.js.length;
  const asyncParam = layout.promise || layout.generator;
  const isGenerator = layout.promise === null && layout.generator !== null;
  let P = null;
  const prepare = () => {
    const AD = ctx.getD(info.argsType);
    const js = layout.js.map((p) => {
      const f = AD.fields[p.index];
      return { D: f.fd(), offset: f.offset, index: f.index };
    });
    const ret = layout.retval >= 0 ? AD.fields[layout.retval] : null;
    const err = layout.error >= 0 ? AD.fields[layout.error] : null;
    return {
      AD, js, asyncOffset: asyncParam ? AD.fields[asyncParam.index].offset : -1,
      signalOffset: layout.signal ? AD.fields[layout.signal.index].offset + (ctx.meta.types[layout.signal.type].offsetA || 0) : -1,
      ret, retD: ret ? ret.fd() : null, errOffset: err ? err.offset : -1,
    };
  };
  const isOptions = (v) => v !== null && typeof v === 'object' && !(v[MEMORY] instanceof DataView)
    && (typeof v.callback === 'function' || (layout.signal !== null && 'signal' in v));
  const fn = function () {
    if (ctx.abandoned) throw new Error('Module was abandoned');
    let argc = arguments.length;
    let callback = null, signal = null;
    if (argc === jsCount + 1 && isOptions(arguments[argc - 1])) {
      const last = arguments[argc - 1];
      if (asyncParam && typeof last.callback === 'function') callback = last.callback;
      if (layout.signal !== null && last.signal != null) signal = last.signal;
      argc--;
    }
    if (argc !== jsCount) {
      throw typeError(`Expecting ${jsCount} argument${jsCount === 1 ? '' : 's'}, received ${arguments.length}`);
    }
    if (signal !== null && (typeof signal !== 'object' || !('aborted' in signal))) {
      throw typeError('options.signal: expected an AbortSignal');
    }
    if (P === null) P = prepare();
    // a struct of its own: it must outlive the call
    const obj = T.newObject(P.AD);
    const dv = obj[MEMORY];
    const call = { fixups: [] };
    const outer = ctx.call;
    ctx.call = call;
    try {
      for (let j = 0; j < argc; j++) {
        const p = P.js[j];
        const D = p.D;
        try {
          if (D.isPrimitive) D.write(dv, p.offset, arguments[j]);
          else D.set(T.childOf(obj, p.index, D, p.offset), arguments[j]);
        } catch (e) {
          throw prefixed(e, j);
        }
      }
    } finally {
      ctx.call = outer;
    }
    // what Zig may point into until the promise settles / the generator ends
    const keep = [obj, call, Array.prototype.slice.call(arguments, 0, argc)];
    let unlisten = null;
    if (P.signalOffset >= 0) {
      // the word AbortSignal.ptr points at: 1 once the JS signal aborted
      const word = new Int32Array(new ArrayBuffer(4));
      keep.push(word);
      dv.setBigUint64(P.signalOffset, BigInt(natives.zigAddress(word)), true);
      if (signal !== null) {
        if (signal.aborted) word[0] = 1;
        else if (typeof signal.addEventListener === 'function') {
          const onAbort = () => { Atomics.store(word, 0, 1); };
          signal.addEventListener('abort', onAbort);
          unlisten = () => signal.removeEventListener('abort', onAbort);
        }
      }
    }
    const release = () => {
      keep.length = 0;
      if (unlisten !== null) {
        unlisten();
        unlisten = null;
      }
    };
    if (!asyncParam) {
      // only an AbortSignal: a plain call
      try {
        return require('zig_call').runAndRead(ctx, fnIndex, call, P, obj, dv);
      } finally {
        release();
      }
    }
    let result, settler;
    if (isGenerator) {
      const g = makeIterator(callback, release);
      result = g.iterator;
      settler = g.settler;
    } else {
      let resolve = null, reject = null;
      result = callback ? undefined : new Promise((res, rej) => { resolve = res; reject = rej; });
      let done = false;
      settler = (err, value) => {
        if (done) return;
        done = true;
        release();
        if (callback) {
          if (err) callback(err);
          else callback(null, value);
        } else if (err) reject(err);
        else resolve(value);
      };
    }
    const handle = natives.zigPromiseNew(ctx.handle, asyncParam.type, dv, P.asyncOffset, settler);
    try {
      keep.push(natives.zigCall(ctx.handle, fnIndex, dv));
      for (const fx of call.fixups) {
        if (fx.writeBack) copyBytes(fx.original[MEMORY], fx.copy[MEMORY]);
      }
      resultOf(ctx, P, obj, dv); // a Zig error returned by the function throws
    } catch (e) {
      if (natives.zigPromiseDrop(handle)) settler(e, undefined);
    }
    return result;
  };
  setName(fn, info.name);
  setLength(fn, jsCount);
  return fn;
}

// A generator's consumer side: `settler(err, value)` gets each value Zig
// yields (null ends, an error throws in the loop) and answers whether more
// are wanted; `iterator` is the async iterator the call returns (or, with
// `callback`, undefined: callback(null, value) per value, callback(null,
// null) at the end, callback(err) on an error; false from it stops).
function makeIterator(callback, release) {
  const queue = [];      // { value } | { error } | { end: true }
  let waiting = null;    // a pending next(): { resolve, reject }
  let ended = false;     // Zig will give no more (end / error / released)
  let stopped = false;   // the consumer stopped (return())
  const finish = () => {
    if (!ended) {
      ended = true;
      release();
    }
  };
  const push = (item) => {
    if (waiting !== null) {
      const w = waiting;
      waiting = null;
      if (item.error !== undefined) w.reject(item.error);
      else w.resolve(item.end ? { value: undefined, done: true } : { value: item.value, done: false });
    } else {
      queue.push(item);
    }
  };
  const settler = (err, value) => {
    if (ended) return false;
    if (stopped) {
      finish();
      return false;
    }
    if (err) {
      finish();
      if (callback) callback(err);
      else push({ error: err });
      return false;
    }
    if (value === null || value === undefined) {
      finish();
      if (callback) callback(null, null);
      else push({ end: true });
      return false;
    }
    if (callback) {
      if (callback(null, value) === false) {
        stopped = true;
        finish();
        return false;
      }
      return true;
    }
    push({ value });
    return true;
  };
  if (callback) return { iterator: undefined, settler };
  const iterator = {
    next() {
      if (queue.length > 0) {
        const item = queue.shift();
        if (item.error !== undefined) return Promise.reject(item.error);
        return Promise.resolve(item.end ? { value: undefined, done: true } : { value: item.value, done: false });
      }
      if (ended || stopped) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return(value) {
      // Zig sees `false` from its next yield (then the arguments are let go)
      stopped = true;
      queue.length = 0;
      if (waiting !== null) {
        const w = waiting;
        waiting = null;
        w.resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  Object.defineProperty(iterator, Symbol.toStringTag, { value: 'Generator', configurable: true });
  return { iterator, settler };
}

// A call from another thread whose JS function returned a thenable: the
// argument struct (a reused buffer) is copied, and the thread is released
// when it settles. `complete(obj, dv, value, failed)` converts into the copy
// and returns a status.
function awaitForThread(AD, dv, result, token, complete) {
  const own = M.allocView(dv.byteLength, AD.align);
  copyBytes(own, dv);
  const obj = AD.wrap(own, false);
  Promise.resolve(result).then(
    (v) => natives.zigThreadCallDone(token, complete(obj, own, v, false), own),
    (e) => natives.zigThreadCallDone(token, complete(obj, own, e, true), own),
  );
  return PENDING;
}

// A JS function called by Zig with a Promise parameter (field `pf` of the
// callback's argument struct obj/dv) returned `result`: it resolves the Zig
// promise (after settling, when it is a thenable). `zigErrorFor(D, e)` is
// zig_function's exception → Zig error mapping (null: none).
function resolveZig(ctx, pf, dv, result, zigErrorFor) {
  const PD = pf.fd();
  const pdv = M.allocView(PD.size, PD.align);
  copyBytes(pdv, new DataView(dv.buffer, dv.byteOffset + pf.offset, PD.size));
  const resolveWith = (value, failed) => {
    const AD = ctx.getD(PD.type.child2);
    const aobj = T.newObject(AD);
    const adv = aobj[MEMORY];
    const f = AD.fields.find((x) => x.name === '1');
    const D = f.fd();
    if (failed) {
      const zerr = zigErrorFor(D, value);
      if (zerr === null) throw value; // unhandled: reported, exit status 1
      value = zerr;
    }
    if (D.isPrimitive) D.write(adv, f.offset, value);
    else D.set(T.childOf(aobj, f.index, D, f.offset), value);
    natives.zigPromiseResolve(ctx.handle, PD.index, pdv, adv);
  };
  if (isThenable(result)) {
    Promise.resolve(result).then((v) => resolveWith(v, false), (e) => resolveWith(e, true));
  } else {
    resolveWith(result, false);
  }
}

Object.assign(exports, { register, makeAsync, awaitForThread, resolveZig, isThenable, PENDING });
