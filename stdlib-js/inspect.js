'use strict';
// inspect.js — util.inspect / util.format for zigar-run.
//
// The output must be byte-identical to Node 20's util.inspect for plain JS
// values, because users compare our console output with Node's (and our tests
// were recorded with Node).  The algorithm was reconstructed from Node's
// observable output; tools/inspect-parity/check.js keeps us honest.
//
// V8 internals are reached only through `natives` (promiseState, proxyDetails,
// previewEntries, constructorName).  Every other type test is a brand check
// written in JS: calling a built-in accessor that throws on the wrong receiver.

// ---------------------------------------------------------------------------
// Captured built-ins.  User code may patch prototypes after start-up; inspect
// must keep working (and keep printing the same thing) when it does.
// ---------------------------------------------------------------------------

const uncurry = (fn) => Function.prototype.call.bind(fn);
const getterOf = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);

const {
  getOwnPropertyDescriptor, getOwnPropertyNames, getOwnPropertySymbols,
  getPrototypeOf, keys: objectKeys, isExtensible,
} = Object;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const objectToString = uncurry(Object.prototype.toString);
const functionToString = uncurry(Function.prototype.toString);
const symbolToString = uncurry(Symbol.prototype.toString);
const errorToString = uncurry(Error.prototype.toString);
const regExpToString = uncurry(RegExp.prototype.toString);
const dateGetTime = uncurry(Date.prototype.getTime);
const dateToISOString = uncurry(Date.prototype.toISOString);
const dateToString = uncurry(Date.prototype.toString);
const mapEntries = uncurry(Map.prototype.entries);
const setValues = uncurry(Set.prototype.values);
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLength = getterOf(TypedArrayPrototype, 'length');
const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : null;
const regExpSource = getterOf(RegExp.prototype, 'source');
const MapIteratorPrototype = getPrototypeOf(new Map().entries());
const SetIteratorPrototype = getPrototypeOf(new Set().values());
const AsyncFunctionPrototype = getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = getPrototypeOf(async function* () {});
const isPrototypeOf = uncurry(Object.prototype.isPrototypeOf);

// A brand check: true when `fn(value)` does not throw.
function brand(fn) {
  return (value) => {
    try {
      fn(value);
      return true;
    } catch {
      return false;
    }
  };
}

const isMap = brand(mapSize);
const isSet = brand(setSize);
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v, {}));
const isDate = brand(dateGetTime);
const isArrayBuffer = brand(arrayBufferByteLength);
const isSharedArrayBuffer = sharedArrayBufferByteLength === null
  ? () => false : brand(sharedArrayBufferByteLength);
// Non-throwing: a view that is not a typed array is a DataView.
const isDataView = (v) => ArrayBuffer.isView(v) && !isTypedArray(v);
const isNumberObject = brand(uncurry(Number.prototype.valueOf));
const isStringObject = brand(uncurry(String.prototype.valueOf));
const isBooleanObject = brand(uncurry(Boolean.prototype.valueOf));
const isBigIntObject = brand(uncurry(BigInt.prototype.valueOf));
const isSymbolObject = brand(uncurry(Symbol.prototype.valueOf));
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
// RegExp.prototype itself passes the `source` check (it answers "(?:)").
const isRegExp = (v) => v !== RegExp.prototype && brand(regExpSource)(v);

function isError(value) {
  return value instanceof Error || objectToString(value) === '[object Error]';
}

function isPromise(value) {
  if (!(value instanceof Promise) && objectToString(value) !== '[object Promise]') return false;
  return natives.promiseState(value) !== undefined;
}

function isMapIterator(value) {
  return isPrototypeOf(MapIteratorPrototype, value);
}

function isSetIterator(value) {
  return isPrototypeOf(SetIteratorPrototype, value);
}

function isArgumentsObject(value) {
  return objectToString(value) === '[object Arguments]';
}

// A module namespace is the only exotic object with a null prototype, a
// frozen-like shape and a non-writable "Module" @@toStringTag.
function isModuleNamespaceObject(value) {
  if (getPrototypeOf(value) !== null || isExtensible(value)) return false;
  const desc = getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable &&
    !desc.enumerable && !desc.configurable;
}

function isAsyncFunction(fn) {
  return isPrototypeOf(AsyncFunctionPrototype, fn) ||
    isPrototypeOf(AsyncGeneratorFunctionPrototype, fn);
}

function isGeneratorFunction(fn) {
  return isPrototypeOf(GeneratorFunctionPrototype, fn) ||
    isPrototypeOf(AsyncGeneratorFunctionPrototype, fn);
}

// Constructor names that count as "built in" (for %s and showHidden).
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'ArrayBuffer',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
  'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set',
  'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'SharedArrayBuffer', 'WeakRef',
  'FinalizationRegistry', 'Atomics', 'JSON', 'Math', 'Intl', 'WebAssembly',
]);

// ---------------------------------------------------------------------------
// Options and styles
// ---------------------------------------------------------------------------

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// ANSI codes: [open, close].
const colors = Object.assign(Object.create(null), {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
  underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
  strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
  blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55],
  gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
  yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39],
  cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
});
for (const [alias, name] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'],
  ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'],
  ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  // Aliases are hidden so that Object.keys(inspect.colors) lists each color once.
  Object.defineProperty(colors, alias, {
    get() { return this[name]; },
    set(value) { Object.defineProperty(this, alias, { value, writable: true, configurable: true }); },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// Broad ANSI escape matcher used before measuring display width.
const ansiRegExp = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) || (code >= 0xe0100 && code <= 0xe01ef);
}

// Columns a string occupies on a terminal (used to align grouped arrays and
// console.table cells).
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = str.replace(ansiRegExp, '');
  let width = 0;
  for (const char of str.normalize('NFC')) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------

const kMinLineWidth = 16;

// Escapes for C0, quote, backslash, DEL and C1 characters.
const meta = [];
for (let i = 0; i < 0xa0; i++) {
  if (i < 0x20 || (i >= 0x7f)) {
    meta[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}
Object.assign(meta, { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' });
meta[11] = '\\x0B';

const escapeNeeded = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeNeededNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAll = new RegExp(escapeNeeded.source, 'g');
const escapeAllNoQuote = new RegExp(escapeNeededNoQuote.source, 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return code < meta.length ? meta[code] : `\\u${code.toString(16)}`;
}

// Quote a string the way Node does: prefer single quotes; if the string has
// one, use double quotes, then backticks, and only escape the quote when all
// three occur.
function strEscape(str) {
  let quote = "'";
  let test = escapeNeeded;
  let all = escapeAll;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
    if (quote !== "'") {
      test = escapeNeededNoQuote;
      all = escapeAllNoQuote;
    }
  }
  if (test.test(str)) str = str.replace(all, escapeChar);
  return `${quote}${str}${quote}`;
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) {
    result += `${fraction.slice(i, i + 3)}_`;
  }
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  const fraction = String(number).slice(string.length + 1);
  return fn(`${addNumericSeparator(string)}.${addNumericSeparatorEnd(fraction)}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  return fn(numericSeparator ? `${addNumericSeparator(string)}n` : `${string}n`, 'bigint');
}

function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // Long multi-line strings are split after each newline into `'…' +` pieces.
  if (ctx.compact !== true && value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return value.split(/(?<=\n)/)
      .map((line) => fn(strEscape(line), 'string'))
      .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(fn, value, ctx);
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(symbolToString(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Names and prefixes
// ---------------------------------------------------------------------------

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the first constructor up the prototype chain that `obj` is an
// instance of; null for null-prototype objects; "Name <Proto>" when the chain
// holds no usable constructor.  With showHidden it also collects prototype
// properties into `protoProps`.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const desc = getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstanceof(original, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const internalName = natives.constructorName(original);
  if (isTooDeep(ctx, recurseTimes)) return `${internalName} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${internalName} <${shown}>`;
  }
  return `${internalName} <${protoName}>`;
}

// showHidden: list non-function properties of user-defined prototypes (up to
// three levels) after the own properties.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const desc = getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new Set();
    else keys.forEach((key) => keySet.add(key));
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// "Foo ", "Foo [Tag] ", "[Foo: null prototype] " … the text before a brace.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function isTooDeep(ctx, recurseTimes) {
  return ctx.depth !== null && recurseTimes > ctx.depth;
}

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

function getKeys(value, showHidden) {
  const symbols = getOwnPropertySymbols(value);
  if (showHidden) return [...getOwnPropertyNames(value), ...symbols];
  let keys;
  try {
    keys = objectKeys(value);
  } catch (err) {
    // Uninitialized bindings of a module namespace throw on [[Get]].
    keys = getOwnPropertyNames(value);
  }
  for (const symbol of symbols) {
    if (isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;

function isArrayIndex(key) {
  return typeof key === 'string' && arrayIndexRegExp.test(key) && +key < 2 ** 32 - 1;
}

// Own keys of an array-like that are not indices (e.g. `arr.extra = 1`).
function getOwnNonIndexProperties(value, showHidden) {
  return Reflect.ownKeys(value).filter((key) =>
    !isArrayIndex(key) && (showHidden || isEnumerable(value, key)));
}

// ---------------------------------------------------------------------------
// formatValue: the recursive entry point
// ---------------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = natives.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    // Inspect the target so that no trap runs.
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const custom = callCustomInspect(ctx, value, context, recurseTimes, proxy !== undefined);
    if (custom !== undefined) return custom;
  }

  if (ctx.seen.includes(value)) return formatCircular(ctx, value);
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Runs value[inspect.custom] like Node: (depth, options, inspect).  Returns
// undefined when there is no usable custom inspector.
function callCustomInspect(ctx, value, context, recurseTimes, isProxy) {
  const custom = value[customInspectSymbol];
  if (typeof custom !== 'function' || custom === inspect) return undefined;
  // Prototype objects (Foo.prototype) are shown plainly.
  if (value.constructor && value.constructor.prototype === value) return undefined;
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const options = getUserOptions(ctx, isProxy);
  const ret = custom.call(context, depth, options, inspect);
  if (ret === context) return undefined;
  if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
  return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

function getUserOptions(ctx, isCrossContext) {
  const options = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // A proxied object gets a stylize that cannot leak our context.
    Object.setPrototypeOf(options, null);
    for (const key of objectKeys(options)) {
      if ((typeof options[key] === 'object' || typeof options[key] === 'function') &&
          options[key] !== null) {
        delete options[key];
      }
    }
    options.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Ignore: fall back to the plain value.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return options;
}

function formatCircular(ctx, value) {
  if (ctx.circular === undefined) ctx.circular = new Map();
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return ctx.stylize(`[Circular *${index}]`, 'special');
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (isTooDeep(ctx, recurseTimes)) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// The own @@toStringTag is printed as a key already; only an inherited or
// non-enumerable one becomes the "[Tag]" in the prefix.
function getTag(ctx, value, tag) {
  if (typeof tag !== 'string') return '';
  if (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag)) return '';
  return tag;
}

// ---------------------------------------------------------------------------
// formatRaw: describe an object (prefix, braces, entries), then lay it out
// ---------------------------------------------------------------------------

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && !isTooDeep(ctx, recurseTimes)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const rawTag = value[Symbol.toStringTag];
  const tag = getTag(ctx, value, rawTag);

  const shape = {
    value, constructor, tag, protoProps, typedArray,
    builtinTag: getBuiltinTag(value, constructor, rawTag),
    keys: undefined,
    base: '',
    braces: undefined,
    formatter: formatNothing,
    extrasType: kObjectType,
  };
  let early = describeIterable(ctx, shape);
  if (early === NOT_ITERABLE) early = describeOther(ctx, shape, recurseTimes);
  if (early !== undefined) return early;

  if (isTooDeep(ctx, recurseTimes)) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  return formatEntries(ctx, shape, recurseTimes + 1);
}

// Brand checks throw on the wrong receiver, and throwing is slow.  Without a
// @@toStringTag, Object.prototype.toString reveals V8's built-in tag (Date,
// RegExp, Error, Number, String, Boolean, Arguments, Function, Array or
// Object), and every other exotic class (ArrayBuffer, Map, WeakMap, BigInt…)
// has a @@toStringTag on its prototype.  So an object with a constructor,
// no tag and a built-in tag of "Object" cannot be any of them.  Returns
// undefined when nothing can be ruled out.
function getBuiltinTag(value, constructor, rawTag) {
  if (constructor === null || typeof rawTag === 'string') return undefined;
  return objectToString(value).slice(8, -1);
}

// Whether the value may be of built-in kind `name` (see getBuiltinTag).
function mayBe(shape, name) {
  return shape.builtinTag === undefined || shape.builtinTag === name;
}

function formatEntries(ctx, shape, recurseTimes) {
  const { value, keys, braces, constructor, tag } = shape;
  let { base } = shape;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = shape.formatter(ctx, value, recurseTimes);
    for (const key of keys) {
      output.push(formatProperty(ctx, value, recurseTimes, key, shape.extrasType));
    }
    if (shape.protoProps !== undefined) output.push(...shape.protoProps);
  } catch (err) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortOutput(ctx, output, keys.length, shape.extrasType);

  const res = reduceToSingleString(ctx, output, base, braces, shape.extrasType, recurseTimes, value);
  // Guard against exponential output (e.g. objects referencing each other
  // many times): once too much was produced, stop descending.
  const budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = budget;
  if (budget > 2 ** 27) ctx.depth = -1;
  return res;
}

function sortOutput(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) {
    output.sort(comparator);
  } else if (keyCount > 1) {
    const sorted = output.slice(output.length - keyCount).sort(comparator);
    output.splice(output.length - keyCount, keyCount, ...sorted);
  }
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (err instanceof RangeError && err.message === 'Maximum call stack size exceeded') {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function formatNothing() {
  return [];
}

const NOT_ITERABLE = Symbol('not iterable');

// Arrays, Sets, Maps, typed arrays and their iterators.  Returns a string for
// an empty value, undefined otherwise (filling `shape`), or NOT_ITERABLE when
// the value is not one of these.
function describeIterable(ctx, shape) {
  const { value, constructor, tag, protoProps } = shape;
  if (!(Symbol.iterator in value) && constructor !== null) return NOT_ITERABLE;
  const noExtras = (keys) => keys.length === 0 && protoProps === undefined;

  if (Array.isArray(value)) {
    const prefix = (constructor !== 'Array' || tag !== '')
      ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    shape.keys = getOwnNonIndexProperties(value, ctx.showHidden);
    shape.braces = [`${prefix}[`, ']'];
    if (value.length === 0 && noExtras(shape.keys)) return `${shape.braces[0]}]`;
    shape.extrasType = kArrayExtrasType;
    shape.formatter = formatArray;
    return undefined;
  }
  if (isSet(value)) {
    const size = setSize(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.formatter = (c, v, r) => formatSetLike(c, setValues(value), size, r);
    if (size === 0 && noExtras(shape.keys)) return `${prefix}{}`;
    shape.braces = [`${prefix}{`, '}'];
    return undefined;
  }
  if (isMap(value)) {
    const size = mapSize(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    shape.keys = getKeys(value, ctx.showHidden);
    shape.formatter = (c, v, r) => formatMap(c, mapEntries(value), size, r);
    if (size === 0 && noExtras(shape.keys)) return `${prefix}{}`;
    shape.braces = [`${prefix}{`, '}'];
    return undefined;
  }
  if (isTypedArray(value)) {
    shape.keys = getOwnNonIndexProperties(value, ctx.showHidden);
    const fallback = constructor === null ? typedArrayTag(value) : '';
    const size = typedArrayLength(value);
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    shape.braces = [`${prefix}[`, ']'];
    if (size === 0 && shape.keys.length === 0 && !ctx.showHidden) return `${shape.braces[0]}]`;
    shape.formatter = (c, v, r) => formatTypedArray(c, value, size, r);
    shape.extrasType = kArrayExtrasType;
    return undefined;
  }
  if (isMapIterator(value)) {
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = getIteratorBraces('Map', tag);
    shape.formatter = (c, v, r) => formatIterator(shape.braces, c, v, r);
    return undefined;
  }
  if (isSetIterator(value)) {
    shape.keys = getKeys(value, ctx.showHidden);
    shape.braces = getIteratorBraces('Set', tag);
    shape.formatter = (c, v, r) => formatIterator(shape.braces, c, v, r);
    return undefined;
  }
  return NOT_ITERABLE;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// Everything that is not list-like.  Same return convention as
// describeIterable, except there is no "not mine" case.
function describeOther(ctx, shape, recurseTimes) {
  const { value, constructor, tag, protoProps } = shape;
  const keys = shape.keys = getKeys(value, ctx.showHidden);
  const noExtras = () => keys.length === 0 && protoProps === undefined;
  shape.braces = ['{', '}'];

  if (constructor === 'Object') {
    if (isArgumentsObject(value)) shape.braces[0] = '[Arguments] {';
    else if (tag !== '') shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    if (noExtras()) return `${shape.braces[0]}}`;
    return undefined;
  }
  if (typeof value === 'function') {
    shape.base = getFunctionBase(value, constructor, tag);
    if (noExtras()) return ctx.stylize(shape.base, 'special');
    return undefined;
  }
  if (mayBe(shape, 'RegExp') && isRegExp(value)) {
    let base = regExpToString(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    shape.base = base;
    if (noExtras() || isTooDeep(ctx, recurseTimes)) return ctx.stylize(base, 'regexp');
    return undefined;
  }
  if (mayBe(shape, 'Date') && isDate(value)) {
    let base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
    if (noExtras()) return ctx.stylize(base, 'date');
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    shape.base = base;
    return undefined;
  }
  if (isError(value)) {
    shape.base = formatError(value, constructor, tag, ctx, keys);
    if (noExtras()) return shape.base;
    return undefined;
  }
  if (shape.builtinTag === undefined && (isArrayBuffer(value) || isSharedArrayBuffer(value))) {
    const type = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, type);
    if (shape.typedArray === undefined) {
      shape.formatter = formatArrayBuffer;
    } else if (noExtras()) {
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    shape.braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
    return undefined;
  }
  if (isDataView(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    // .buffer goes last: it is the only non-primitive of the three.
    keys.unshift('byteLength', 'byteOffset', 'buffer');
    return undefined;
  }
  if (isPromise(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.formatter = formatPromise;
    return undefined;
  }
  if (shape.builtinTag === undefined && isWeakSet(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    shape.formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    return undefined;
  }
  if (shape.builtinTag === undefined && isWeakMap(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    shape.formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    return undefined;
  }
  if (isModuleNamespaceObject(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    const namespaceKeys = keys.slice();
    keys.length = 0;
    shape.formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    return undefined;
  }
  const boxed = getBoxedBase(value, ctx, keys, constructor, tag, shape);
  if (boxed !== undefined) {
    shape.base = boxed;
    if (noExtras()) return boxed;
    return undefined;
  }
  if (noExtras()) return `${getPrefix(constructor, tag, 'Object')}{}`;
  shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
  return undefined;
}

// ---------------------------------------------------------------------------
// Bases: functions, classes, errors, boxed primitives
// ---------------------------------------------------------------------------

const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRegExp = /^(\s+[^(]*?)\s*{/;

function getFunctionBase(value, constructor, tag) {
  const source = functionToString(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const rest = source.slice(5, -1);
    const brace = rest.indexOf('{');
    if (brace !== -1 && (!rest.slice(0, brace).includes('(') ||
        classRegExp.test(rest.replace(stripCommentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag, shape) {
  let type;
  let primitive;
  if (!mayBe(shape, 'Number') && !mayBe(shape, 'String') && !mayBe(shape, 'Boolean')) {
    return undefined;
  }
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys only repeat the characters.
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else if (isSymbolObject(value)) {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  } else {
    return undefined;
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getStackString(error) {
  return error.stack ? String(error.stack) : errorToString(error);
}

// Hide name/message/stack keys whose text already shows in the stack.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
  }
}

// Make the first line of the stack say what the object really is when the
// constructor or tag differs from the `name` in the stack.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Longest run (> 3 lines) of `a` that also occurs in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// Stack frames, with frames shared with `cause` folded into one line.
function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing getter simply means: no folding.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);

  // The message may itself contain "\n    at"; search after it.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    let text = stack.slice(0, stackStart);
    for (const line of frames) {
      // Frames of built-in modules are dimmed, as in Node.
      text += `\n${ctx.colors && coreModuleRegExp.test(line) ? ctx.stylize(line, 'undefined') : line}`;
    }
    stack = text;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entry formatters
// ---------------------------------------------------------------------------

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length - shown > 0) output.push(remainingText(length - shown));
  return output;
}

// Arrays with holes: runs of missing indices become "<N empty items>".
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!arrayIndexRegExp.test(key)) break;
      const empty = n - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, length, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  const formatElement = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) {
    output.push(formatElement(ctx.stylize, value[i], ctx.numericSeparator));
  }
  if (length - shown > 0) output.push(remainingText(length - shown));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    hex += `${i === 0 ? '' : ' '}${bytes[i].toString(16).padStart(2, '0')}`;
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatSetLike(ctx, iterator, size, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const v of iterator) {
    if (output.length >= shown) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  if (size - shown > 0) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, iterator, size, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const [k, v] of iterator) {
    if (output.length >= shown) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (size - shown > 0) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  // Weak collections have no order; sort for a halfway stable output.
  if (state === kWeak && !ctx.sorted) output.sort();
  if (entries.length - shown > 0) output.push(remainingText(entries.length - shown));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const pairs = entries.length / 2;
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), pairs);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const key = formatValue(ctx, entries[i * 2], recurseTimes);
    const val = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output.push(state === kWeak
      ? `${key} => ${val}`
      : reduceToSingleString(ctx, [key, val], '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) output.sort();
  if (pairs - shown > 0) output.push(remainingText(pairs - shown));
  return output;
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = natives.previewEntries(value);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, natives.previewEntries(value)[0], kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, natives.previewEntries(value)[0], kWeak);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = natives.promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (const key of keys) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, key, kObjectType));
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding in its TDZ: lay it out like a property, then swap the value.
      const line = formatProperty(ctx, { [key]: '' }, recurseTimes, key, kObjectType);
      output.push(line.slice(0, line.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special'));
    }
  }
  return output;
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(symbolToString(key).replace(escapeAll, escapeChar), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${String(key).replace(escapeAll, escapeChar)}]`;
  if (keyStrRegExp.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

function formatAccessor(ctx, desc, original, recurseTimes) {
  const s = ctx.stylize;
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const result = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (result === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    else if (typeof result === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
    else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, result, ctx)}${s(']', 'special')}`;
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    return `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
  }
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extra = ' ';
  desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

// Arrays with more than six entries are laid out in aligned columns when the
// entries are short and of similar length.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry does not take part in the grouping.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  // Aim for a roughly square block (characters are ~2.5 times as high as
  // wide); short entries get a bias towards more columns.
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15);
  if (columns <= 1) return output;

  const maxLineLength = [];
  for (let i = 0; i < columns; i++) {
    let lineLength = 0;
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineLength) lineLength = dataLen[j];
    }
    maxLineLength.push(lineLength + separatorSpace);
  }
  // Numbers are right-aligned, everything else left-aligned.
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const grouped = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < max - 1; j++) {
      // Widen by the invisible color codes so that visible widths line up.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
    }
    if (padStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += output[j].padStart(padding, ' ');
    } else {
      line += output[j];
    }
    grouped.push(line);
  }
  if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
  return grouped;
}

// Whether `output` fits on one line of ctx.breakLength columns.  Each entry
// costs its length plus a separator.
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    totalLength += ctx.colors ? removeColors(entry).length : entry.length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  const basePrefix = base ? `${base} ` : '';
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Only the `compact` innermost levels may be put on a single line, and
      // never when grouping changed the entries.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) return `${basePrefix}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${basePrefix}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: the classic "fill lines" layout.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    ...defaultOptions,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(defaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
        else if (ctx.userOptions === undefined) ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return defaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('The "options" argument must be of type object.');
    }
    Object.assign(defaultOptions, options);
  },
});

// ---------------------------------------------------------------------------
// format
// ---------------------------------------------------------------------------

// Objects whose toString is the built-in one are inspected by %s; a user
// defined toString is called instead.
function hasBuiltInToString(value) {
  const proxy = natives.proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    value = proxy[0];
  }
  // A user-defined Symbol.toPrimitive or toString wins over inspection.
  if (typeof value[Symbol.toPrimitive] === 'function' && !isBuiltInMember(value, Symbol.toPrimitive)) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  return isBuiltInMember(value, 'toString');
}

// Whether the object that holds `key` (own or inherited) is the prototype of
// a built-in constructor.
function isBuiltInMember(value, key) {
  if (hasOwn(value, key)) return false;
  let pointer = value;
  do {
    pointer = getPrototypeOf(pointer);
  } while (!hasOwn(pointer, key));
  const desc = getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
}

let circularErrorMessage;

function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

// One placeholder: returns the replacement text.
function formatPlaceholder(code, arg, inspectOptions) {
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, false);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), false);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), false);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
    case 99: // 'c': CSS is ignored
      return '';
    default:
      return undefined;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (formatPlaceholderKnown(next)) {
          const replacement = formatPlaceholder(next, args[++a], inspectOptions);
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += replacement;
          lastPos = i + 1;
        }
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function formatPlaceholderKnown(code) {
  // s j d O o i f c
  return code === 115 || code === 106 || code === 100 || code === 79 ||
    code === 111 || code === 105 || code === 102 || code === 99;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const err = new TypeError(
      'The "inspectOptions" argument must be of type object.' +
      ` Received ${inspectOptions === null ? 'null' : `type ${typeof inspectOptions} (${inspect(inspectOptions)})`}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

exports.inspect = inspect;
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.getStringWidth = getStringWidth;
exports.stripVTControlCharacters = (str) => str.replace(ansiRegExp, '');
exports.isMapIterator = isMapIterator;
exports.isSetIterator = isSetIterator;
exports.isMap = isMap;
exports.isSet = isSet;
