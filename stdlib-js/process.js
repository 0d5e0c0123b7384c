'use strict';
// The `process` object: the parts of Node's that scripts reach for first.

const { invalidArgType, outOfRange } = require('util_errors');

const listeners = new Map();
let exiting = false;
let exitCode;

function emit(event, ...args) {
  const list = listeners.get(event);
  if (!list) return false;
  for (const listener of [...list]) listener.apply(process, args);
  return true;
}

function addListener(event, listener, once) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  if (!listeners.has(event)) listeners.set(event, []);
  if (once) {
    const wrapper = function (...args) {
      process.off(event, wrapper);
      return listener.apply(this, args);
    };
    wrapper.listener = listener;
    listeners.get(event).push(wrapper);
  } else {
    listeners.get(event).push(listener);
  }
  return process;
}

function validateExitCode(code) {
  if (code === undefined || code === null) return code;
  if (typeof code === 'string' && /^-?\d+$/.test(code)) code = Number(code);
  if (typeof code !== 'number') throw invalidArgType('code', 'number', code);
  if (!Number.isInteger(code)) throw outOfRange('code', 'an integer', code);
  return code;
}

function hrtime(previous) {
  const now = natives.hrtime();
  let seconds = Number(now / 1000000000n);
  let nanos = Number(now % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw invalidArgType('time', 'Array', previous);
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds -= 1;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}
hrtime.bigint = () => natives.hrtime();

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = natives.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = () => natives.memoryUsage()[0];

// Writes to process.env reach the C environment, so Zig code and child
// processes see them; values are strings as in Node.
const env = new Proxy(natives.env, {
  set(target, key, value) {
    if (typeof key === 'symbol') return false;
    target[key] = String(value);
    natives.setenv(key, target[key]);
    return true;
  },
  deleteProperty(target, key) {
    if (typeof key === 'string') natives.unsetenv(key);
    return delete target[key];
  },
});

function makeStream(fd) {
  return {
    fd,
    isTTY: natives.isatty(fd),
    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') callback = encoding;
      if (typeof chunk !== 'string') chunk = new TextDecoder().decode(chunk);
      natives.write(fd, chunk);
      if (typeof callback === 'function') queueMicrotask(callback);
      return true;
    },
  };
}

const process = {
  title: 'zigar-run',
  version: `v${natives.version}`,
  versions: natives.versions,
  platform: natives.platform,
  arch: natives.arch,
  pid: natives.pid,
  ppid: natives.ppid,
  execPath: natives.execPath,
  argv: natives.argv,
  argv0: 'zigar-run',
  execArgv: [],
  env,
  hrtime,
  memoryUsage,
  stdout: makeStream(1),
  stderr: makeStream(2),
  cwd: () => natives.cwd(),
  resourceUsage: () => natives.resourceUsage(),
  uptime: () => Number(natives.hrtime() - startTime) / 1e9,
  exit(code) {
    code = validateExitCode(code);
    if (code !== undefined) exitCode = code;
    if (!exiting) {
      exiting = true;
      emit('exit', exitCode ?? 0);
    }
    natives.exit(exitCode ?? 0);
  },
  on: (event, listener) => addListener(event, listener, false),
  addListener: (event, listener) => addListener(event, listener, false),
  once: (event, listener) => addListener(event, listener, true),
  off(event, listener) {
    const list = listeners.get(event);
    if (list) {
      const i = list.findIndex((l) => l === listener || l.listener === listener);
      if (i >= 0) list.splice(i, 1);
    }
    return process;
  },
  emit,
  listenerCount: (event) => (listeners.get(event) || []).length,
  nextTick(callback, ...args) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    require('ticks').nextTick(callback, args);
  },
};
process.removeListener = process.off;
Object.defineProperty(process, 'exitCode', {
  get: () => exitCode,
  set: (code) => { exitCode = validateExitCode(code); },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });

const startTime = natives.hrtime();

// Called by the runtime when the loop has nothing left: the 'exit' event,
// then the status main.c exits with.
function finish() {
  if (!exiting) {
    exiting = true;
    emit('exit', exitCode ?? 0);
  }
  return exitCode ?? 0;
}

exports.process = process;
exports.finish = finish;
