'use strict';
// Runs first in every realm: installs the globals a Node or web script
// expects. Globals are defined like Node's: writable and configurable; the
// web-platform ones non-enumerable.

const timers = require('timers');
const { process } = require('process');
const { createConsole } = require('console');
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
define('console', createConsole(natives.write, { colors: colorsFor(1), stderrColors: colorsFor(2) }));

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

const encoding = require('encoding');
define('TextEncoder', encoding.TextEncoder);
define('TextDecoder', encoding.TextDecoder);
const base64 = require('base64');
define('atob', base64.atob, true);
define('btoa', base64.btoa, true);
define('structuredClone', require('structured_clone').structuredClone, true);
define('performance', require('performance').performance, true);

if (natives.isTestChild()) require('test262_host');
