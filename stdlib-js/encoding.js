'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding), in plain JS.
//
// Only UTF-8, UTF-16LE and windows-1252 are decoded: those are the encodings
// every runtime must have, and the labels people actually pass. Both UTF
// decoders are the spec's byte-at-a-time state machines, which is what makes
// the replacement behaviour (one U+FFFD per maximal subpart) and streaming
// exact: the state simply survives between decode() calls. The hot loops
// write UTF-16 code units into a preallocated Uint16Array and turn it into a
// string in large slices, so no per-character string or array growth happens.
// Error messages and codes follow Node's, because scripts test for them.

const kReplacement = 0xfffd;
const kChunk = 0x2000; // code units per String.fromCharCode.apply call

const $fromCharCode = String.fromCharCode;
const $apply = Reflect.apply;
const $getPrototypeOf = Object.getPrototypeOf;
const $defineProperty = Object.defineProperty;
const $isView = ArrayBuffer.isView;
const $Uint8Array = Uint8Array;
const $Uint16Array = Uint16Array;

function getter(proto, key) {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  return d && d.get;
}
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const typedArrayTag = getter($getPrototypeOf($Uint8Array.prototype), Symbol.toStringTag);
const viewBuffer = {
  ta: getter($getPrototypeOf($Uint8Array.prototype), 'buffer'),
  taOffset: getter($getPrototypeOf($Uint8Array.prototype), 'byteOffset'),
  taLength: getter($getPrototypeOf($Uint8Array.prototype), 'byteLength'),
  dv: getter(DataView.prototype, 'buffer'),
  dvOffset: getter(DataView.prototype, 'byteOffset'),
  dvLength: getter(DataView.prototype, 'byteLength'),
};

// ---- Node-style errors --------------------------------------------------

function codedError(Ctor, message, code) {
  const err = new Ctor(message);
  err.code = code; // an enumerable own property, as in Node
  return err;
}

function quoteForMessage(s) {
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return s.indexOf("'") === -1 ? `'${s}'` : `"${s}"`;
}

// The " Received …" tail of Node's ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null) return ' Received null';
  if (value === undefined) return ' Received undefined';
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ` Received an instance of ${ctor.name}`;
    if ($getPrototypeOf(value) === null) {
      return Object.keys(value).length === 0
        ? ' Received [Object: null prototype] {}' : ' Received [Object: null prototype]';
    }
    return ' Received [Object]';
  }
  let shown;
  switch (typeof value) {
    case 'string': shown = quoteForMessage(value); break;
    case 'number': shown = Object.is(value, -0) ? '-0' : String(value); break;
    case 'bigint': shown = `${value}n`; break;
    case 'symbol': shown = value.toString(); break;
    default: shown = String(value);
  }
  if (shown.length > 28 && typeof value !== 'string') shown = shown.slice(0, 25) + '...';
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  return codedError(TypeError,
    `The "${name}" argument must be ${expected}.${describeReceived(value)}`,
    'ERR_INVALID_ARG_TYPE');
}

function invalidThis(type) {
  return codedError(TypeError, `Value of "this" must be of type ${type}`, 'ERR_INVALID_THIS');
}

// ---- string building ----------------------------------------------------

function unitsToString(units, length) {
  if (length <= kChunk) return $apply($fromCharCode, null, units.subarray(0, length));
  let s = '';
  for (let i = 0; i < length; i += kChunk) {
    const end = i + kChunk < length ? i + kChunk : length;
    s += $apply($fromCharCode, null, units.subarray(i, end));
  }
  return s;
}

// ---- TextEncoder ----------------------------------------------------------

function utf8Length(s) {
  const n = s.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 2; // two code units, four bytes
        i++;
      } else {
        bytes += 2;
      }
    } else {
      bytes += 2; // BMP char or lone surrogate (written as U+FFFD)
    }
  }
  return bytes;
}

function encodeUtf8(s) {
  const n = s.length;
  const out = new $Uint8Array(utf8Length(s));
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          out[o++] = 0xf0 | (c >> 18);
          out[o++] = 0x80 | ((c >> 12) & 0x3f);
          out[o++] = 0x80 | ((c >> 6) & 0x3f);
          out[o++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = kReplacement;
      }
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}

function isUint8Array(value) {
  return $isView(value) && $apply(typedArrayTag, value, []) === 'Uint8Array';
}

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw invalidThis('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') throw invalidArgType('src', 'of type string', src);
    if (!isUint8Array(dest)) throw invalidArgType('dest', 'an instance of Uint8Array', dest);
    const n = src.length;
    const room = dest.length;
    let i = 0;
    let o = 0;
    while (i < n) {
      let c = src.charCodeAt(i);
      if (c < 0x80) {
        if (o >= room) break;
        dest[o++] = c;
        i++;
      } else if (c < 0x800) {
        if (o + 2 > room) break;
        dest[o++] = 0xc0 | (c >> 6);
        dest[o++] = 0x80 | (c & 0x3f);
        i++;
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = c <= 0xdbff && i + 1 < n ? src.charCodeAt(i + 1) : 0;
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (o + 4 > room) break;
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            dest[o++] = 0xf0 | (c >> 18);
            dest[o++] = 0x80 | ((c >> 12) & 0x3f);
            dest[o++] = 0x80 | ((c >> 6) & 0x3f);
            dest[o++] = 0x80 | (c & 0x3f);
            i += 2;
            continue;
          }
          c = kReplacement;
        }
        if (o + 3 > room) break;
        dest[o++] = 0xe0 | (c >> 12);
        dest[o++] = 0x80 | ((c >> 6) & 0x3f);
        dest[o++] = 0x80 | (c & 0x3f);
        i++;
      }
    }
    return { read: i, written: o };
  }
}

// ---- TextDecoder ----------------------------------------------------------

const kUtf8 = 'utf-8';
const kUtf16le = 'utf-16le';
const kWindows1252 = 'windows-1252';

const kLabels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']) kLabels.set(l, kUtf8);
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
  'utf-16le']) kLabels.set(l, kUtf16le);
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) kLabels.set(l, kWindows1252);

function encodingForLabel(label) {
  // Strip ASCII whitespace (TAB LF FF CR SPACE) and lower-case ASCII only.
  const key = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')
    .replace(/[A-Z]/g, (ch) => $fromCharCode(ch.charCodeAt(0) + 32));
  return kLabels.get(key);
}

// windows-1252 bytes 0x80..0x9F; every other byte is its own code point.
const kWindows1252High = new $Uint16Array([
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
]);

const kEmpty = new $Uint8Array(0);

// A Uint8Array over the bytes of an AllowSharedBufferSource, or undefined.
function bytesOf(input) {
  if (input === undefined) return kEmpty;
  if (input === null || typeof input !== 'object') return undefined;
  if ($isView(input)) {
    let buffer, offset, length;
    if ($apply(typedArrayTag, input, []) !== undefined) {
      buffer = $apply(viewBuffer.ta, input, []);
      offset = $apply(viewBuffer.taOffset, input, []);
      length = $apply(viewBuffer.taLength, input, []);
    } else {
      buffer = $apply(viewBuffer.dv, input, []);
      try {
        offset = $apply(viewBuffer.dvOffset, input, []);
        length = $apply(viewBuffer.dvLength, input, []);
      } catch {
        return kEmpty; // a DataView over a detached buffer
      }
    }
    return length === 0 ? kEmpty : new $Uint8Array(buffer, offset, length);
  }
  let length;
  try {
    length = $apply(abByteLength, input, []);
  } catch {
    if (sabByteLength === undefined) return undefined;
    try {
      length = $apply(sabByteLength, input, []);
    } catch {
      return undefined;
    }
  }
  // A detached ArrayBuffer reports 0 and cannot be viewed.
  return length === 0 ? kEmpty : new $Uint8Array(input);
}

function invalidData(encoding) {
  return codedError(TypeError, `The encoded data was not valid for encoding ${encoding}`,
    'ERR_ENCODING_INVALID_ENCODED_DATA');
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #doNotFlush = false;
  #bomSeen = false;
  // UTF-8 decoder state
  #needed = 0;
  #seen = 0;
  #codePoint = 0;
  #lower = 0x80;
  #upper = 0xbf;
  // UTF-16LE decoder state (-1 / 0: none)
  #leadByte = -1;
  #leadSurrogate = 0;

  constructor(label = 'utf-8', options = undefined) {
    label = `${label}`;
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'of type object', options);
    }
    const encoding = encodingForLabel(label);
    if (encoding === undefined) {
      throw codedError(RangeError, `The "${label}" encoding is not supported`,
        'ERR_ENCODING_NOT_SUPPORTED');
    }
    this.#encoding = encoding;
    this.#fatal = options != null ? Boolean(options.fatal) : false;
    this.#ignoreBOM = options != null ? Boolean(options.ignoreBOM) : false;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw invalidThis('TextDecoder');
    }
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    const bytes = bytesOf(input);
    if (bytes === undefined) {
      throw invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
    }
    const stream = options != null ? Boolean(options.stream) : false;
    if (!this.#doNotFlush) this.#reset();
    this.#doNotFlush = stream;

    let out;
    switch (this.#encoding) {
      case kUtf8: out = this.#decodeUtf8(bytes, stream); break;
      case kUtf16le: out = this.#decodeUtf16le(bytes, stream); break;
      default: return decodeWindows1252(bytes);
    }
    if (!this.#ignoreBOM && !this.#bomSeen && out.length > 0) {
      // Only the very first code point of the stream can be a BOM to strip.
      this.#bomSeen = true;
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    }
    return out;
  }

  #reset() {
    this.#bomSeen = false;
    this.#resetState();
  }

  #resetState() {
    this.#needed = 0;
    this.#seen = 0;
    this.#codePoint = 0;
    this.#lower = 0x80;
    this.#upper = 0xbf;
    this.#leadByte = -1;
    this.#leadSurrogate = 0;
  }

  #failed() {
    this.#resetState();
    return invalidData(this.#encoding);
  }

  #decodeUtf8(bytes, stream) {
    const n = bytes.length;
    const fatal = this.#fatal;
    // Each byte yields at most one code unit, except the byte completing a
    // four-byte sequence (two); +4 covers a sequence begun in an earlier call.
    const units = new $Uint16Array(n + 4);
    let o = 0;
    let needed = this.#needed;
    let seen = this.#seen;
    let cp = this.#codePoint;
    let lower = this.#lower;
    let upper = this.#upper;
    let i = 0;
    while (i < n) {
      const b = bytes[i];
      if (needed === 0) {
        i++;
        if (b < 0x80) {
          units[o++] = b;
        } else if (b >= 0xc2 && b <= 0xdf) {
          needed = 1;
          cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          else if (b === 0xed) upper = 0x9f;
          needed = 2;
          cp = b & 0x0f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          else if (b === 0xf4) upper = 0x8f;
          needed = 3;
          cp = b & 0x07;
        } else {
          if (fatal) throw this.#failed();
          units[o++] = kReplacement;
        }
        continue;
      }
      if (b < lower || b > upper) {
        // The sequence so far is one maximal subpart: one U+FFFD, and this
        // byte is processed again from the initial state.
        needed = seen = cp = 0;
        lower = 0x80;
        upper = 0xbf;
        if (fatal) throw this.#failed();
        units[o++] = kReplacement;
        continue;
      }
      i++;
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
      if (++seen === needed) {
        if (cp > 0xffff) {
          cp -= 0x10000;
          units[o++] = 0xd800 | (cp >> 10);
          units[o++] = 0xdc00 | (cp & 0x3ff);
        } else {
          units[o++] = cp;
        }
        needed = seen = cp = 0;
      }
    }
    if (!stream && needed !== 0) {
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xbf;
      if (fatal) throw this.#failed();
      units[o++] = kReplacement;
    }
    this.#needed = needed;
    this.#seen = seen;
    this.#codePoint = cp;
    this.#lower = lower;
    this.#upper = upper;
    return unitsToString(units, o);
  }

  #decodeUtf16le(bytes, stream) {
    const n = bytes.length;
    const fatal = this.#fatal;
    const units = new $Uint16Array((n >> 1) + 3);
    let o = 0;
    let leadByte = this.#leadByte;
    let leadSurrogate = this.#leadSurrogate;
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (leadByte < 0) {
        leadByte = b;
        continue;
      }
      const cu = leadByte | (b << 8);
      leadByte = -1;
      if (leadSurrogate !== 0) {
        const lead = leadSurrogate;
        leadSurrogate = 0;
        if (cu >= 0xdc00 && cu <= 0xdfff) {
          units[o++] = lead;
          units[o++] = cu;
          continue;
        }
        // A lead surrogate not followed by a trail one: U+FFFD, then this
        // code unit is processed afresh.
        if (fatal) throw this.#failed();
        units[o++] = kReplacement;
      }
      if (cu >= 0xd800 && cu <= 0xdbff) {
        leadSurrogate = cu;
      } else if (cu >= 0xdc00 && cu <= 0xdfff) {
        if (fatal) throw this.#failed();
        units[o++] = kReplacement;
      } else {
        units[o++] = cu;
      }
    }
    if (!stream && (leadByte >= 0 || leadSurrogate !== 0)) {
      leadByte = -1;
      leadSurrogate = 0;
      if (fatal) throw this.#failed();
      units[o++] = kReplacement;
    }
    this.#leadByte = leadByte;
    this.#leadSurrogate = leadSurrogate;
    return unitsToString(units, o);
  }
}

function decodeWindows1252(bytes) {
  const n = bytes.length;
  const units = new $Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? kWindows1252High[b - 0x80] : b;
  }
  return unitsToString(units, n);
}

// WebIDL shape, as Node has it: enumerable accessors and methods, and a
// non-writable Symbol.toStringTag.
function webIdlShape(proto, names, tag) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    $defineProperty(proto, name, d);
  }
  $defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}
webIdlShape(TextEncoder.prototype, ['encoding', 'encode', 'encodeInto'], 'TextEncoder');
webIdlShape(TextDecoder.prototype, ['encoding', 'fatal', 'ignoreBOM', 'decode'], 'TextDecoder');

exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
