'use strict';
// abort.js — minimal WHATWG AbortController / AbortSignal (installed lazily
// by bootstrap.js). An EventTarget-lite: addEventListener / removeEventListener
// / dispatchEvent for the one event an AbortSignal fires ('abort'), and
// `onabort`. The runtime has no DOMException: default reasons are Errors
// named AbortError (code 20) / TimeoutError (code 23), as Node's messages.

const kSignal = Symbol('kSignal');
const kListeners = Symbol('kListeners');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kOnAbort = Symbol('kOnAbort');
let constructing = false;

function domError(name, message, code) {
  const e = new Error(message);
  Object.defineProperty(e, 'name', { value: name, writable: true, configurable: true });
  Object.defineProperty(e, 'code', { value: code, writable: true, configurable: true });
  return e;
}

function checkSignal(s) {
  if (s === null || typeof s !== 'object' || !(kAborted in s)) {
    throw new TypeError('Value of "this" must be of type AbortSignal');
  }
}

function makeEvent(type, target) {
  let stopped = false;
  return {
    type, target, currentTarget: target, srcElement: target,
    bubbles: false, cancelable: false, composed: false, isTrusted: true,
    defaultPrevented: false, eventPhase: 2, timeStamp: typeof performance === 'object' ? performance.now() : Date.now(),
    preventDefault() {},
    stopPropagation() {},
    stopImmediatePropagation() { stopped = true; },
    get [Symbol.for('zigar.stopped')]() { return stopped; },
    get [Symbol.toStringTag]() { return 'Event'; },
  };
}

class AbortSignal {
  constructor() {
    if (!constructing) throw new TypeError('Illegal constructor');
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kListeners] = [];
    this[kOnAbort] = null;
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  get onabort() {
    checkSignal(this);
    return this[kOnAbort];
  }

  set onabort(fn) {
    checkSignal(this);
    this[kOnAbort] = typeof fn === 'function' || (fn !== null && typeof fn === 'object') ? fn : null;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  addEventListener(type, listener, options) {
    checkSignal(this);
    if (listener == null) return;
    const once = options !== null && typeof options === 'object' && !!options.once;
    const sig = options !== null && typeof options === 'object' ? options.signal : undefined;
    type = String(type);
    const list = this[kListeners];
    if (list.some((l) => l.type === type && l.listener === listener)) return;
    if (sig !== undefined && sig !== null && sig.aborted) return;
    const entry = { type, listener, once, removed: false };
    list.push(entry);
    if (sig !== undefined && sig !== null && typeof sig.addEventListener === 'function') {
      sig.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
  }

  removeEventListener(type, listener) {
    checkSignal(this);
    type = String(type);
    const list = this[kListeners];
    const i = list.findIndex((l) => l.type === type && l.listener === listener);
    if (i >= 0) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }

  dispatchEvent(event) {
    checkSignal(this);
    if (event === null || typeof event !== 'object' || typeof event.type !== 'string') {
      throw new TypeError('The "event" argument must be an instance of Event');
    }
    dispatch(this, event);
    return true;
  }

  get [Symbol.toStringTag]() { return 'AbortSignal'; }

  static abort(reason) {
    const s = newSignal();
    s[kAborted] = true;
    s[kReason] = reason === undefined ? domError('AbortError', 'This operation was aborted', 20) : reason;
    return s;
  }

  static timeout(ms) {
    ms = Number(ms);
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ${ms}`);
    }
    const s = newSignal();
    const t = setTimeout(() => {
      abortSignal(s, domError('TimeoutError', 'The operation was aborted due to timeout', 23));
    }, ms);
    // like Node's: the timer does not keep the process alive
    if (t && typeof t.unref === 'function') t.unref();
    return s;
  }

  static any(signals) {
    const s = newSignal();
    for (const x of signals) {
      checkSignal(x);
      if (x.aborted) {
        s[kAborted] = true;
        s[kReason] = x.reason;
        return s;
      }
    }
    for (const x of signals) x.addEventListener('abort', () => abortSignal(s, x.reason), { once: true });
    return s;
  }
}

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function callListener(target, listener, event) {
  try {
    if (typeof listener === 'function') listener.call(target, event);
    else if (listener !== null && typeof listener === 'object' && typeof listener.handleEvent === 'function') {
      listener.handleEvent(event);
    }
  } catch (e) {
    // as in Node: reported as uncaught after the other listeners ran
    queueMicrotask(() => { throw e; });
  }
}

function dispatch(target, event) {
  const stopped = Symbol.for('zigar.stopped');
  if (event.type === 'abort' && target[kOnAbort] !== null) callListener(target, target[kOnAbort], event);
  for (const l of target[kListeners].slice()) {
    if (l.removed || l.type !== event.type) continue;
    if (l.once) target.removeEventListener(l.type, l.listener);
    callListener(target, l.listener, event);
    if (event[stopped]) break;
  }
}

function abortSignal(s, reason) {
  if (s[kAborted]) return;
  s[kAborted] = true;
  s[kReason] = reason;
  dispatch(s, makeEvent('abort', s));
}

class AbortController {
  constructor() {
    this[kSignal] = newSignal();
  }

  get signal() {
    return this[kSignal];
  }

  abort(reason) {
    abortSignal(this[kSignal], reason === undefined ? domError('AbortError', 'This operation was aborted', 20) : reason);
  }

  get [Symbol.toStringTag]() { return 'AbortController'; }
}

for (const C of [AbortSignal, AbortController]) {
  for (const name of Object.getOwnPropertyNames(C.prototype)) {
    if (name === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    d.enumerable = true;
    Object.defineProperty(C.prototype, name, d);
  }
}

Object.assign(exports, { AbortController, AbortSignal });
