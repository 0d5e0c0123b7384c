'use strict';
// setTimeout/setInterval/setImmediate and their clear* functions, with
// Node's objects (Timeout, Immediate) and ordering. The C side
// (runtime/timers.c) owns one libuv timer per armed Timeout and calls
// `dispatchTimer`; immediates are a queue here, run by the loop's check phase
// through `dispatchImmediates` with a microtask checkpoint after each one.

const { invalidArgType } = require('util_errors');
const { runTicksAndMicrotasks } = require('ticks');

const timeoutsById = new Map();
let nextId = 1;

function checkCallback(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
}

class Timeout {
  constructor(callback, delay, args, repeat) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2147483647)) delay = 1;
    this._idleTimeout = delay;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? delay : null;
    this._destroyed = false;
    this._refed = true;
    this._id = nextId++;
    timeoutsById.set(this._id, this);
    natives.timerStart(this, delay, repeat);
  }

  ref() {
    this._refed = true;
    if (!this._destroyed) natives.timerRef(this, true);
    return this;
  }

  unref() {
    this._refed = false;
    if (!this._destroyed) natives.timerRef(this, false);
    return this;
  }

  hasRef() {
    return this._refed;
  }

  refresh() {
    if (!this._destroyed) {
      natives.timerStart(this, this._idleTimeout, this._repeat !== null);
      if (!this._refed) natives.timerRef(this, false);
    }
    return this;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this._id;
  }
}

function destroyTimeout(timeout) {
  if (timeout._destroyed) return;
  timeout._destroyed = true;
  timeoutsById.delete(timeout._id);
  natives.timerStop(timeout);
}

function dispatchTimer(timeout) {
  if (timeout._destroyed) return;
  if (timeout._repeat === null) {
    timeout._destroyed = true;
    timeoutsById.delete(timeout._id);
  }
  const args = timeout._timerArgs;
  if (args === undefined) timeout._onTimeout();
  else timeout._onTimeout(...args);
}

function setTimeout(callback, delay, ...args) {
  checkCallback(callback);
  return new Timeout(callback, delay, args.length ? args : undefined, false);
}

function setInterval(callback, delay, ...args) {
  checkCallback(callback);
  return new Timeout(callback, delay, args.length ? args : undefined, true);
}

function clearTimeout(timer) {
  if (timer instanceof Timeout) {
    destroyTimeout(timer);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    const found = timeoutsById.get(Number(timer));
    if (found) destroyTimeout(found);
  }
}

// ---- immediates -------------------------------------------------------------

let immediateQueue = [];
let refedImmediates = 0;

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._refed = true;
    refedImmediates++;
    queuedImmediates++;
    immediateQueue.push(this);
    updateImmediateState();
  }

  ref() {
    if (!this._refed && !this._destroyed) {
      this._refed = true;
      refedImmediates++;
      updateImmediateState();
    }
    return this;
  }

  unref() {
    if (this._refed && !this._destroyed) {
      this._refed = false;
      refedImmediates--;
      updateImmediateState();
    }
    return this;
  }

  hasRef() {
    return this._refed;
  }
}

let queuedImmediates = 0;

// Tells the loop whether its check phase has work (any queued immediate) and
// whether that work keeps the process alive (any ref'd one).
function updateImmediateState() {
  natives.setImmediateState(queuedImmediates > 0, refedImmediates > 0);
}

function retireImmediate(immediate) {
  immediate._destroyed = true;
  queuedImmediates--;
  if (immediate._refed) refedImmediates--;
  updateImmediateState();
}

function dispatchImmediates() {
  // Immediates queued while these run wait for the next loop iteration.
  const queue = immediateQueue;
  immediateQueue = [];
  for (let i = 0; i < queue.length; i++) {
    const immediate = queue[i];
    if (immediate._destroyed) continue;
    retireImmediate(immediate);
    try {
      if (immediate._argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...immediate._argv);
    } catch (error) {
      // Keep the rest for the next iteration, then let the loop report it.
      immediateQueue = queue.slice(i + 1).concat(immediateQueue);
      throw error;
    }
    runTicksAndMicrotasks();
  }
}

function setImmediate(callback, ...args) {
  checkCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (immediate instanceof Immediate && !immediate._destroyed) retireImmediate(immediate);
}

natives.setTimerDispatch(dispatchTimer);
natives.setImmediateDispatch(dispatchImmediates);

exports.setTimeout = setTimeout;
exports.setInterval = setInterval;
exports.clearTimeout = clearTimeout;
exports.clearInterval = clearTimeout;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;
exports.Timeout = Timeout;
exports.Immediate = Immediate;
