'use strict';
// atob and btoa (HTML spec, forgiving-base64), in plain JS.
//
// Browsers throw a DOMException named InvalidCharacterError; the runtime has
// no DOMException, so the error is an Error carrying that name (and the
// DOMException code 5), with Node's messages, which scripts match on.

const kAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kEncode = new Uint8Array(64);
const kDecode = new Int8Array(128).fill(-1); // -1: invalid, -2: ASCII whitespace
for (let i = 0; i < 64; i++) {
  kEncode[i] = kAlphabet.charCodeAt(i);
  kDecode[kAlphabet.charCodeAt(i)] = i;
}
for (const c of [0x09, 0x0a, 0x0c, 0x0d, 0x20]) kDecode[c] = -2;
const kEquals = 0x3d;
const kChunk = 0x2000;

const $fromCharCode = String.fromCharCode;
const $apply = Reflect.apply;

function invalidCharacterError(message) {
  const err = new Error(message);
  Object.defineProperty(err, 'name', {
    value: 'InvalidCharacterError', writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(err, 'code', {
    value: 5, writable: true, enumerable: false, configurable: true,
  });
  return err;
}

function missingInput() {
  const err = new TypeError('The "input" argument must be specified');
  err.code = 'ERR_MISSING_ARGS';
  return err;
}

function bytesToString(bytes, length) {
  let s = '';
  for (let i = 0; i < length; i += kChunk) {
    const end = i + kChunk < length ? i + kChunk : length;
    s += $apply($fromCharCode, null, bytes.subarray(i, end));
  }
  return s;
}

function btoa(data) {
  if (arguments.length === 0) throw missingInput();
  const s = `${data}`;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) > 0xff) throw invalidCharacterError('Invalid character');
  }
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
    out[o++] = kEncode[v >> 18];
    out[o++] = kEncode[(v >> 12) & 63];
    out[o++] = kEncode[(v >> 6) & 63];
    out[o++] = kEncode[v & 63];
  }
  if (i < n) {
    const two = i + 1 < n;
    const v = (s.charCodeAt(i) << 16) | (two ? s.charCodeAt(i + 1) << 8 : 0);
    out[o++] = kEncode[v >> 18];
    out[o++] = kEncode[(v >> 12) & 63];
    out[o++] = two ? kEncode[(v >> 6) & 63] : kEquals;
    out[o++] = kEquals;
  }
  return bytesToString(out, o);
}

function atob(data) {
  if (arguments.length === 0) throw missingInput();
  const s = `${data}`;
  const n = s.length;
  // Forgiving-base64: drop ASCII whitespace; up to two '=' only at the very
  // end, and only when the padded length is a multiple of four.
  const sextets = new Uint8Array(n);
  let count = 0;
  let padding = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? kDecode[c] : -1;
    if (v >= 0) {
      if (padding !== 0) throw invalidCharacterError('Invalid character');
      sextets[count++] = v;
    } else if (c === kEquals) {
      if (++padding > 2) throw invalidCharacterError('Invalid character');
    } else if (v !== -2) {
      throw invalidCharacterError('Invalid character');
    }
  }
  if (count % 4 === 1) {
    throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  }
  if (padding !== 0 && (count + padding) % 4 !== 0) {
    throw invalidCharacterError('Invalid character');
  }
  const out = new Uint8Array((count >> 2) * 3 + (count & 3 ? (count & 3) - 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 3 < count; i += 4) {
    const v = (sextets[i] << 18) | (sextets[i + 1] << 12) | (sextets[i + 2] << 6) | sextets[i + 3];
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  const rest = count - i;
  if (rest >= 2) {
    const v = (sextets[i] << 18) | (sextets[i + 1] << 12) | (rest === 3 ? sextets[i + 2] << 6 : 0);
    out[o++] = v >> 16;
    if (rest === 3) out[o++] = (v >> 8) & 0xff;
  }
  return bytesToString(out, o);
}

exports.atob = atob;
exports.btoa = btoa;
