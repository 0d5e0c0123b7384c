'use strict';
// Runs first in every realm: installs the globals a Node or web script
// expects. Globals are defined like Node's: writable and configurable; the
// web-platform ones non-enumerable. Start-up time matters (an empty script
// should cost a third of Node's), so globals whose files are large load on
// first use: a getter that replaces itself with the value.

const timers = require('timers');
const { process } = require('process');
const { invalidArgType } = require('util_errors');

function define(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function colorsFor(fd) {
  const env = natives.env;
  if ('NO_COLOR' in env) return false;
  if ('FORCE_COLOR' in env) return env.FORCE_COLOR !== '0';
  return natives.isatty(fd) && env.TERM !== 'dumb';
}

define('global', globalThis, true);
define('process', process);
function lazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      define(name, value, enumerable);
      return value;
    },
    set(value) {
      define(name, value, enumerable);
    },
    configurable: true,
    enumerable,
  });
}

lazy('console', () => require('console').createConsole(natives.write,
  { colors: colorsFor(1), stderrColors: colorsFor(2) }));

for (const name of ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
  'setImmediate', 'clearImmediate']) {
  define(name, timers[name], true);
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  natives.enqueueMicrotask(() => {
    try {
      callback();
    } catch (error) {
      natives.reportUncaught(error);
    }
  });
}
define('queueMicrotask', queueMicrotask, true);

lazy('TextEncoder', () => require('encoding').TextEncoder);
lazy('TextDecoder', () => require('encoding').TextDecoder);
lazy('atob', () => require('base64').atob, true);
lazy('btoa', () => require('base64').btoa, true);
lazy('structuredClone', () => require('structured_clone').structuredClone, true);
lazy('performance', () => require('performance').performance, true);
lazy('AbortController', () => require('abort').AbortController);
lazy('AbortSignal', () => require('abort').AbortSignal);

if (natives.isTestChild()) require('test262_host');
