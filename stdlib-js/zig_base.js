'use strict';
// zig_base.js — shared symbols and helpers of the Zig data-object model
// (docs/data-objects.md). No dependencies on other zig_* files.

// The bytes of every data object: an own, enumerable property, so that
// console.log shows `S0 { [Symbol(memory)]: DataView {…} }` like the seed.
const MEMORY = Symbol('memory');
// Tags a DataView / ArrayBuffer that wraps Zig memory: { address, len }.
const ZIG = Symbol('zig');
// Hidden (non-enumerable) slots of data objects.
const DESC = Symbol('zigDescriptor');     // on prototypes and classes: the type descriptor
const SLOTS = Symbol('zigChildren');      // array/Map of child objects (fields, elements)
const TARGET = Symbol('zigTarget');       // pointers: { address, length, object }
const READONLY = Symbol('zigReadOnly');   // true when JS may not write
const PROXY = Symbol('zigProxy');         // the Proxy fronting an object (arrays, pointers)
const RAW = Symbol('zigRaw');             // the object behind a Proxy

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function defineValue(obj, key, value, enumerable = false) {
  Object.defineProperty(obj, key, { value, writable: false, configurable: true, enumerable });
}

function defineAccessor(obj, key, get, set, enumerable = false) {
  Object.defineProperty(obj, key, { get, set, configurable: true, enumerable });
}

function setName(fn, name) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function setLength(fn, length) {
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
  return fn;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const isIdentifier = (s) => typeof s === 'string' && IDENT.test(s);

// A short, safe description of any value for error messages.
function describe(value) {
  switch (typeof value) {
    case 'string': {
      const s = value.length > 40 ? value.slice(0, 37) + '...' : value;
      return JSON.stringify(s);
    }
    case 'bigint': return `${value}n`;
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
    case 'undefined': return String(value);
    case 'symbol': return value.toString();
    case 'function': return `function ${value.name || '(anonymous)'}`;
    default: {
      if (value === null) return 'null';
      try {
        const desc = value[DESC];
        if (desc) return `${desc.name} object`;
      } catch {}
      if (Array.isArray(value)) return `array (${value.length})`;
      if (ArrayBuffer.isView(value)) {
        const tag = Object.prototype.toString.call(value).slice(8, -1);
        return `${tag} (${value.byteLength} bytes)`;
      }
      if (value instanceof ArrayBuffer) return `ArrayBuffer (${value.byteLength} bytes)`;
      if (value instanceof Error) return `error "${value.message}"`;
      return 'object';
    }
  }
}

const typeError = (msg) => new TypeError(msg);
const rangeError = (msg) => new RangeError(msg);

function readOnlyError() {
  return new TypeError('Unable to modify read-only object');
}

// Zig error name → message: `OutOfMemory` → "Out of memory",
// `file_not_found` → "File not found", `TLSFailure` → "TLS failure".
function errorMessage(name) {
  const spaced = String(name)
    .replace(/_+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
  const words = spaced.split(/\s+/).map((w) => (/^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase()));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// The DataView over the bytes of a buffer-like value, or undefined.
function viewOf(value) {
  if (value instanceof DataView) return value;
  if (ArrayBuffer.isView(value)) return new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new DataView(value);
  if (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) return new DataView(value);
  return undefined;
}

function isBufferLike(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value)
    || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function copyBytes(dst, src) {
  const n = Math.min(dst.byteLength, src.byteLength);
  new Uint8Array(dst.buffer, dst.byteOffset, n).set(new Uint8Array(src.buffer, src.byteOffset, n));
}

function zeroBytes(dv, offset = 0, length = dv.byteLength - offset) {
  new Uint8Array(dv.buffer, dv.byteOffset + offset, length).fill(0);
}

function subView(dv, offset, length) {
  return new DataView(dv.buffer, dv.byteOffset + offset, length);
}

// ---- base64 (standard alphabet, padded) ------------------------------------
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function toBase64(dv) {
  const b = new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength);
  let out = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  if (i < b.length) {
    const n = (b[i] << 16) | ((i + 1 < b.length ? b[i + 1] : 0) << 8);
    out += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : '=') + '=';
  }
  return out;
}
function fromBase64(str) {
  if (typeof str !== 'string') throw typeError(`Expected a base64 string, received ${describe(str)}`);
  const clean = str.replace(/[\s=]/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const out = new Uint8Array(Math.floor(clean.length * 3 / 4));
  let bits = 0, acc = 0, j = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) throw typeError(`Invalid base64 string: ${describe(str)}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  return new DataView(out.buffer, 0, j);
}

// ---- strings -----------------------------------------------------------------
let encoder, decoder;
function encodeUTF8(s) {
  if (!encoder) encoder = new TextEncoder();
  return encoder.encode(s);
}
function decodeUTF8(dv) {
  if (!decoder) decoder = new TextDecoder();
  return decoder.decode(new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength));
}
function decodeUTF16(dv) {
  let s = '';
  const n = dv.byteLength >> 1;
  for (let i = 0; i < n; i += 4096) {
    const codes = [];
    for (let j = i; j < Math.min(n, i + 4096); j++) codes.push(dv.getUint16(j * 2, true));
    s += String.fromCharCode.apply(null, codes);
  }
  return s;
}

Object.assign(exports, {
  MEMORY, ZIG, DESC, SLOTS, TARGET, READONLY, PROXY, RAW,
  hasOwn, hide, defineValue, defineAccessor, setName, setLength, isIdentifier, describe,
  typeError, rangeError, readOnlyError, errorMessage, viewOf, isBufferLike, isPlainObject,
  copyBytes, zeroBytes, subView, toBase64, fromBase64, encodeUTF8, decodeUTF8, decodeUTF16,
});
