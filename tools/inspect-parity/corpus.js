'use strict';
// The parity corpus: factories of values (a fresh value per call so that
// both inspectors see identical state) and util.format argument lists.

function args() { return arguments; }
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { get g() { return 2; } set s(v) {} }
class Empty {}
class Tagged { get [Symbol.toStringTag]() { return 'Tg'; } }
class MyError extends Error {}
class MyArray extends Array {}
class MyMap extends Map {}
class MySet extends Set {}
class MyPromise extends Promise {}
class MyU8 extends Uint8Array {}

function nullProtoFn() {}
Object.setPrototypeOf(nullProtoFn, null);

const errorWithStack = (msg, stack, extra) => {
  const e = new Error(msg);
  e.stack = stack;
  return Object.assign(e, extra);
};

const values = [];
function add(name, make, options) { values.push({ name, make, options }); }

// ---- primitives
for (const v of [0, -0, 1, -1.5, 1e21, 1e-7, NaN, Infinity, -Infinity, 123456789.123,
  0n, 123n, -5n, true, false, undefined, null, Symbol(), Symbol('s'), Symbol('a\nb'),
  Symbol.iterator, Symbol.for('x')]) {
  add(`primitive ${String(typeof v === 'symbol' ? v.toString() : v)}`, () => v);
}
for (const s of ['', 'a', "it's", 'say "hi"', `it's "q"`, "it's \"q\" `b`", "it's \"q\" ${x}",
  'tab\there', 'nl\nx', '\r\b\f\v\0', '\x1b[31m', '\x7f\x80\x9f\xa0', 'back\\slash',
  '\ud800', '\udc00x', '😀', 'é', '中文', 'x'.repeat(100), 'line1\nline2\nline3 long long long long long long long long long long long long',
  'a\n'.repeat(10), "'".repeat(3)]) {
  add(`string ${JSON.stringify(s).slice(0, 30)}`, () => s);
  add(`string in object ${JSON.stringify(s).slice(0, 30)}`, () => ({ key: s }));
}
add('long string trimmed', () => 'abc'.repeat(10), { maxStringLength: 5 });
add('long string trimmed 1', () => 'abcdef', { maxStringLength: 5 });
add('multiline deep', () => ({ a: { b: { c: 'x\n'.repeat(20) } } }));
add('numeric separator', () => [1234567, 1234.5678, -1234567.891, 123456789n, 12, 0.0001234, 1e21],
  { numericSeparator: true });

// ---- plain objects
add('empty object', () => ({}));
add('simple object', () => ({ a: 1, b: 'two', c: [3] }));
add('quoted keys', () => ({ 'a-b': 1, '0': 2, 'with space': 3, "it's": 4, _ok: 5, $d: 6, 'é': 7, '': 8 }));
add('__proto__ key', () => JSON.parse('{"__proto__": 1, "x": 2}'));
add('symbol keys', () => ({ [Symbol('memory')]: 1, [Symbol()]: 2, regular: 3 }));
add('non-enumerable symbol hidden', () => Object.defineProperty({ a: 1 }, Symbol('h'), { value: 2 }));
add('nested depth', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
add('nested depth arrays', () => [[[[[1]]]]]);
add('depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 });
add('depth null', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }), { depth: null });
add('depth Infinity', () => ({ a: { b: { c: { d: {} } } } }), { depth: Infinity });
add('depth -1', () => ({ a: 1 }), { depth: -1 });
add('nested class beyond depth', () => ({ a: { b: { c: new Foo(), d: new Map([[1, 2]]), e: new Set([1]), f: Object.create(null), g: [1], h: new Uint8Array(2) } } }));
add('null proto beyond depth', () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }));
add('getters', () => ({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }));
add('getters true', () => ({ get a() { return 1; }, get n() { return null; }, get o() { return { x: 1 }; }, set b(v) {}, get c() { return 2; }, set c(v) {} }), { getters: true });
add('getters get', () => ({ get a() { return 1; }, get c() { return 2; }, set c(v) {} }), { getters: 'get' });
add('getters set', () => ({ get a() { return 1; }, get c() { return 2; }, set c(v) {} }), { getters: 'set' });
add('getter throws', () => ({ get a() { throw new Error('boom'); } }), { getters: true });
add('class getters', () => new Bar());
add('class getters showHidden', () => new Bar(), { showHidden: true });
add('undefined property', () => ({ a: undefined, b: null }));
add('sorted', () => ({ c: 1, a: 2, b: { z: 1, y: 2 } }), { sorted: true });
add('sorted array extras', () => Object.assign([3, 1, 2], { z: 1, a: 2 }), { sorted: true });

// wide objects of many shapes (exercise the 80-column rule)
for (let n = 1; n <= 30; n += 3) {
  add(`wide object ${n}`, () => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key${i}`, i * 7])));
  add(`wide nested ${n}`, () => ({ outer: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'.repeat(i % 5)])) }));
}
for (let len = 60; len <= 80; len += 2) {
  add(`object near break ${len}`, () => ({ s: 'x'.repeat(len - 10) }));
  add(`two keys near break ${len}`, () => ({ aaa: 'x'.repeat(len - 30), bbb: 'y'.repeat(10), c: 1 }));
  add(`nested near break ${len}`, () => ({ o: { p: { q: 'x'.repeat(len - 30) } } }));
}
add('compact levels', () => ({ a: { b: { c: {} } }, d: 1 }));
add('compact levels 4', () => ({ a: { b: { c: { d: 1 } } } }));
add('compact mixed', () => ({ first: [1, 2, 3], next: { detail: { core: true } } }));
add('compact false', () => ({ a: 1, b: { c: [1, 2] } }), { compact: false });
add('compact true', () => ({ a: 1, b: { c: [1, 2] }, d: 'x'.repeat(70) }), { compact: true });
add('compact true short', () => ({ a: 1, b: { c: [1, 2] } }), { compact: true });
add('compact 1', () => ({ a: 1, b: { c: { d: 2 } } }), { compact: 1 });
add('compact 1 array', () => Array.from({ length: 20 }, (_, i) => i), { compact: 1 });
add('breakLength 40', () => ({ alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: 'dddd' }), { breakLength: 40 });
add('breakLength Infinity', () => ({ alpha: 'aaaa'.repeat(10), beta: 'bbbb'.repeat(10), c: { d: 'e'.repeat(50) } }), { breakLength: Infinity });
add('seed struct', () => {
  class S0 {}
  const s = new S0();
  const dv = new DataView(new Uint8Array([0x1f, 0x85, 0xeb, 0x51, 0xb8, 0x1e, 0x09, 0x40, 0x7b, 0, 0, 0, 0, 0, 0, 0]).buffer);
  Object.defineProperty(s, Symbol('memory'), { value: dv, enumerable: true });
  return s;
});
add('seed slice', () => {
  const buf = new TextEncoder().encode('Hello world').buffer;
  const dv = new DataView(buf);
  const zig = Symbol('zig');
  buf[zig] = { address: 140352294253853n, len: 11 };
  dv[zig] = { address: 140352294253853n, len: 11 };
  return dv;
});
add('seed valueOf', () => ({ int: 123, float: 3.14 }));

// ---- arrays
add('empty array', () => []);
add('simple array', () => [1, 'a', null, undefined, true]);
add('holes', () => [1, , 3, , , 6]);
add('holes start', () => [, 1]);
add('holes end', () => [1, , ,]);
add('holes only', () => new Array(5));
add('one hole', () => new Array(1));
add('holes extra', () => Object.assign([, , 1], { x: 1 }));
add('holes over max', () => { const a = new Array(300); a[150] = 1; return a; });
add('holes over maxArrayLength', () => [1, , 2, , 3, 4, 5], { maxArrayLength: 3 });
add('array extra props', () => Object.assign([1, 2], { extra: true, 'a-b': 2 }));
add('array only extras', () => Object.assign([], { extra: true }));
add('array subclass', () => MyArray.from([1, 2]));
add('array subclass empty', () => new MyArray());
add('null proto array', () => Object.setPrototypeOf([1, 2], null));
add('array showHidden', () => [1, 2], { showHidden: true });
add('array maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 });
add('array maxArrayLength 2', () => [1, 2, 3], { maxArrayLength: 2 });
add('array of 101', () => Array.from({ length: 101 }, (_, i) => i));
add('array of 200', () => Array.from({ length: 200 }, (_, i) => i * 3));
add('array of objects', () => [{ a: 1 }, { b: 2 }, { c: { d: 3 } }]);
add('array of 7 objects', () => Array.from({ length: 7 }, (_, i) => ({ i })));
add('array long strings', () => ['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]);
add('array of arrays', () => Array.from({ length: 10 }, (_, i) => [i, i * 2]));
add('array mixed lengths', () => [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 'a', 'bb']);
add('array one long entry', () => [1, 2, 3, 4, 5, 6, 'x'.repeat(60)]);
add('array colors nums', () => Array.from({ length: 30 }, (_, i) => i * 11));
add('array bigints', () => Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n));
add('array negative nums', () => [-1, 2, -300, 4, 50, -6, 7000, 8]);
for (let n = 5; n <= 120; n += 5) {
  add(`number array ${n}`, () => Array.from({ length: n }, (_, i) => (i * 37) % 1000));
  add(`string array ${n}`, () => Array.from({ length: n }, (_, i) => 'w'.repeat(i % 9)));
}
for (const n of [7, 8, 12, 26, 27, 50]) {
  add(`nested number array ${n}`, () => ({ data: { items: Array.from({ length: n }, (_, i) => i) } }));
  add(`words array ${n}`, () => Array.from({ length: n }, (_, i) => ['apple', 'kiwi', 'banana', 'fig'][i % 4]));
}
add('array with cjk', () => ['中文中文中文中文', 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
add('array emoji', () => Array.from({ length: 30 }, (_, i) => '😀'.repeat(i % 3)));
add('array maxArrayLength grouped', () => Array.from({ length: 30 }, (_, i) => i), { maxArrayLength: 10 });

// ---- circular
add('circular self', () => { const o = { a: 1 }; o.self = o; return o; });
add('circular nested', () => { const o = { a: { b: {} } }; o.a.b.c = o; o.a.b.d = o.a; return o; });
add('circular array', () => { const a = [1]; a.push(a); return a; });
add('circular map', () => { const m = new Map(); m.set('m', m); return m; });
add('circular two refs', () => { const a = {}; const b = { a }; a.b = b; return { a, b }; });
add('circular compact true', () => { const o = { a: 1 }; o.self = o; return o; }, { compact: true });

// ---- Map / Set
add('map', () => new Map([['a', 1], ['b', { c: 2 }]]));
add('map empty', () => new Map());
add('map object keys', () => new Map([[{ a: 1 }, [1, 2]], [null, undefined]]));
add('set', () => new Set([1, 'two', { three: 3 }]));
add('set empty', () => new Set());
add('set big', () => new Set(Array.from({ length: 30 }, (_, i) => i)));
add('map big', () => new Map(Array.from({ length: 30 }, (_, i) => [i, `v${i}`])));
add('map maxArrayLength', () => new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
add('set maxArrayLength', () => new Set([1, 2, 3]), { maxArrayLength: 1 });
add('map extra props', () => Object.assign(new Map([[1, 2]]), { x: 1 }));
add('set extra props empty', () => Object.assign(new Set(), { x: 1 }));
add('map subclass', () => new MyMap([[1, 2]]));
add('set subclass', () => new MySet([1]));
add('null proto map', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
add('null proto set', () => Object.setPrototypeOf(new Set([1]), null));
add('map nested deep', () => ({ a: { b: new Map([[1, { c: 1 }]]) } }));
add('map iterator entries', () => new Map([['a', 1], ['b', 2]]).entries());
add('map iterator keys', () => new Map([['a', 1], ['b', 2]]).keys());
add('map iterator values', () => new Map([['a', 1], ['b', 2]]).values());
add('map iterator advanced', () => { const it = new Map([['a', 1], ['b', 2]]).entries(); it.next(); return it; });
add('set iterator', () => new Set([1, 2]).values());
add('set iterator entries', () => new Set([1, 2]).entries());
add('set iterator empty', () => new Set().values());
add('weakmap', () => new WeakMap([[{}, 1]]));
add('weakset', () => new WeakSet([{}]));
add('weakmap showHidden', () => { const k = { k: 1 }; globalThis.__keep = k; return new WeakMap([[k, 1]]); }, { showHidden: true });
add('weakset showHidden', () => { const k = { k: 2 }; globalThis.__keep2 = k; return new WeakSet([k]); }, { showHidden: true });

// ---- typed arrays / buffers
add('uint8array', () => new Uint8Array([1, 2, 3]));
add('uint8array empty', () => new Uint8Array(0));
add('float64array', () => new Float64Array([1.5, -0, NaN]));
add('bigint64array', () => new BigInt64Array([1n, -2n]));
add('big typed array', () => new Uint16Array(150).map((_, i) => i * 3));
add('typed array subclass', () => new MyU8(2));
add('typed array extras', () => Object.assign(new Int8Array(2), { x: 1 }));
add('typed array showHidden', () => new Int16Array([1, 2]), { showHidden: true });
add('typed array null proto', () => Object.setPrototypeOf(new Uint8Array(2), null));
add('array buffer', () => new Uint8Array([1, 2]).buffer);
add('array buffer empty', () => new ArrayBuffer(0));
add('array buffer big', () => new ArrayBuffer(120));
add('array buffer maxArrayLength', () => new ArrayBuffer(10), { maxArrayLength: 4 });
add('shared array buffer', () => new SharedArrayBuffer(3));
add('array buffer extra', () => Object.assign(new ArrayBuffer(2), { x: 1 }));
add('array buffer detached', () => { const b = new ArrayBuffer(4); structuredClone(b, { transfer: [b] }); return b; });
add('dataview', () => new DataView(new ArrayBuffer(2)));
add('dataview offset', () => new DataView(new ArrayBuffer(8), 2, 4));
add('dataview nested', () => ({ a: { b: new DataView(new ArrayBuffer(2)) } }));
add('nested uint8', () => ({ a: { b: { c: new Uint8Array(3) } } }));

// ---- functions / classes
add('function', () => function f() {});
add('anonymous function', () => (() => function () {})());
add('arrow', () => () => {});
add('named arrow', () => { const arrow = () => {}; return arrow; });
add('async function', () => async function af() {});
add('generator function', () => function* gen() {});
add('async generator', () => async function* ag() {});
add('function with props', () => Object.assign(function f() {}, { x: 1, y: { z: 2 } }));
add('function props deep', () => ({ a: { b: { c: Object.assign(function f() {}, { x: 1 }) } } }));
add('class', () => Foo);
add('class extends', () => Bar);
add('anonymous class', () => (() => class {})());
add('class with static', () => { class S { static x = 1; } return S; });
add('class extends null', () => { class N extends null {} return N; });
add('null proto function', () => nullProtoFn);
add('function tagged', () => Object.defineProperty(function t() {}, Symbol.toStringTag, { value: 'TT' }));
add('bound function', () => function b() {}.bind(null));
add('method', () => ({ m() {} }).m);
add('builtin function', () => Math.max);
add('functions in object', () => ({ f() {}, g: () => {}, h: class {} }));
add('function showHidden', () => function sh(a, b) {}, { showHidden: true });

// ---- errors
add('error', () => new Error('boom'));
add('type error', () => new TypeError('bad type'));
add('error no stack', () => { const e = new Error('x'); delete e.stack; return e; });
add('error stack undefined', () => { const e = new Error('x'); e.stack = undefined; return e; });
add('error custom stack', () => errorWithStack('m', 'Error: m\n    at a (file.js:1:1)\n    at b (file.js:2:2)'));
add('error extra props', () => errorWithStack('m', 'Error: m\n    at a (file.js:1:1)', { code: 'X', detail: { a: 1 } }));
add('error props no frames', () => errorWithStack('m', 'Error: m', { code: 'E' }));
add('error name changed', () => { const e = new Error('m'); e.name = 'Custom'; e.stack = 'Error: m\n    at x (y.js:1:1)'; return e; });
add('error name own prop', () => { const e = new TypeError('m'); e.name = 'TypeError'; e.stack = 'TypeError: m\n    at x (y.js:1:1)'; return e; });
add('error subclass', () => errorWithStack.call(null, 'm', 'Error: m\n    at x (y.js:1:1)') && Object.setPrototypeOf(errorWithStack('m', 'Error: m\n    at x (y.js:1:1)'), MyError.prototype));
add('my error', () => { const e = new MyError('sub'); e.stack = 'Error: sub\n    at z (q.js:1:1)'; return e; });
add('my error named', () => { const e = new MyError('sub'); e.name = 'MyError'; e.stack = 'MyError: sub\n    at z (q.js:1:1)'; return e; });
add('error null proto', () => Object.setPrototypeOf(errorWithStack('m', 'Error: m\n    at x (y.js:1:1)'), null));
add('error tagged', () => Object.defineProperty(errorWithStack('m', 'Error: m\n    at x (y.js:1:1)'), Symbol.toStringTag, { value: 'Tg' }));
add('error cause', () => new Error('outer', { cause: new Error('inner') }));
add('error cause primitive', () => errorWithStack('o', 'Error: o\n    at a (b.js:1:1)', {}) && new Error('o', { cause: 'just a string' }));
add('error cause custom', () => { const e = new Error('o', { cause: { code: 1 } }); e.stack = 'Error: o\n    at a (b.js:1:1)'; return e; });
add('aggregate error', () => { const e = new AggregateError([new Error('a'), 'b'], 'many'); return e; });
add('aggregate error custom', () => { const e = new AggregateError([errorWithStack('a', 'Error: a\n    at x (y.js:1:1)')], 'many'); e.stack = 'AggregateError: many\n    at q (r.js:1:1)'; return e; });
add('error in object', () => ({ err: errorWithStack('m', 'Error: m\n    at a (file.js:1:1)\n    at b (file.js:2:2)') }));
add('error in array', () => [errorWithStack('m', 'Error: m\n    at a (file.js:1:1)')]);
add('error empty message', () => errorWithStack('', 'Error\n    at a (file.js:1:1)'));
add('error multi-line message', () => errorWithStack('line1\n    at fake', 'Error: line1\n    at fake\n    at a (file.js:1:1)'));
add('error stack not matching', () => errorWithStack('m', 'weird stack text'));
add('error name mismatch', () => { const e = new RangeError('r'); e.name = 'Foo'; e.stack = 'RangeError: r\n    at a (b.js:1:1)'; return e; });
add('error object create', () => Object.create(Error.prototype));
add('error message prop enumerable', () => { const e = errorWithStack('m', 'Error: m\n    at a (b.js:1:1)'); e.message = 'm'; e.name = 'Error'; return e; });
add('error deep', () => ({ a: { b: { c: errorWithStack('m', 'Error: m\n    at a (b.js:1:1)') } } }));
add('error nested props deep', () => ({ a: { b: { c: errorWithStack('m', 'Error: m\n    at a (b.js:1:1)', { x: 1 }) } } }));
add('error node frames', () => errorWithStack('m', 'Error: m\n    at a (/x/file.js:1:1)\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at node:internal/main/run_main_module:28:49'));
add('error showHidden', () => errorWithStack('m', 'Error: m\n    at a (b.js:1:1)'), { showHidden: true });

// ---- dates, regexps, boxed
add('date', () => new Date(0));
add('invalid date', () => new Date(NaN));
add('date props', () => Object.assign(new Date(86400000), { x: 1 }));
add('date subclass', () => { class D extends Date {} return Object.assign(new D(0), { y: 2 }); });
add('regexp', () => /a(b)c/gi);
add('regexp props', () => Object.assign(/x/, { y: 1 }));
add('regexp deep props', () => ({ a: { b: { c: Object.assign(/x/, { y: 1 }) } } }));
add('regexp subclass', () => { class R extends RegExp {} return new R('q', 'y'); });
add('regexp null proto', () => Object.setPrototypeOf(/n/, null));
add('boxed number', () => new Number(3));
add('boxed -0', () => new Number(-0));
add('boxed string', () => new String('x'));
add('boxed string props', () => Object.assign(new String('ab'), { extra: 1 }));
add('boxed boolean', () => new Boolean(false));
add('boxed bigint', () => Object(5n));
add('boxed symbol', () => Object(Symbol('bs')));
add('boxed subclass', () => { class N extends Number {} return new N(4); });
add('boxed null proto', () => Object.setPrototypeOf(new Number(1), null));
add('boxed tagged', () => Object.defineProperty(new String('t'), Symbol.toStringTag, { value: 'T' }));

// ---- promises, proxies
add('promise resolved', () => Promise.resolve(1));
add('promise pending', () => new Promise(() => {}));
add('promise rejected', () => { const p = Promise.reject(errorWithStack('r', 'Error: r\n    at a (b.js:1:1)')); p.catch(() => {}); return p; });
add('promise rejected primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
add('promise object', () => Promise.resolve({ a: { b: { c: {} } } }));
add('promise props', () => Object.assign(Promise.resolve(2), { x: 1 }));
add('promise subclass', () => MyPromise.resolve(1));
add('promise nested', () => ({ p: Promise.resolve([1, 2]) }));
add('proxy', () => new Proxy({ a: 1 }, { get() { return 'trap'; } }));
add('proxy array', () => new Proxy([1, 2], {}));
add('proxy function', () => new Proxy(function pf() {}, {}));
add('proxy showProxy', () => new Proxy({ a: 1 }, { get() {} }), { showProxy: true });
add('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
add('proxy nested', () => ({ p: new Proxy({ x: 1 }, {}) }));

// ---- tags, null prototypes, misc objects
add('class instance', () => new Foo());
add('empty class instance', () => new Empty());
add('class instance tagged', () => new Tagged());
add('tagged object', () => ({ [Symbol.toStringTag]: 'Own' }));
add('inherited tag', () => Object.create({ [Symbol.toStringTag]: 'Inh' }));
add('inherited tag props', () => Object.assign(Object.create({ [Symbol.toStringTag]: 'Inh' }), { a: 1 }));
add('non-enumerable own tag', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'NE' }));
add('null proto', () => Object.create(null));
add('null proto props', () => Object.assign(Object.create(null), { a: 1 }));
add('null proto tagged', () => Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NT' }));
add('anonymous ctor proto', () => Object.create(Object.create(null)));
add('anonymous class instance', () => new (class {})());
add('object created from instance', () => Object.create(new Foo()));
add('prototype object', () => Foo.prototype);
add('Object.prototype', () => Object.prototype);
add('arguments', () => args(1, 'two'));
add('arguments empty', () => args());
add('generator object', () => (function* g() {})());
add('Math', () => Math);
add('JSON', () => JSON);
add('Reflect', () => Reflect);
add('Atomics', () => Atomics);
add('globalThis-like', () => ({ globalThis: {}, console: {}, Array }));
add('WeakRef', () => new WeakRef({}));
add('non-enumerable hidden', () => Object.defineProperty({ v: 1 }, 'h', { value: 2 }));
add('non-enumerable showHidden', () => Object.defineProperty({ v: 1 }, 'h', { value: 2 }), { showHidden: true });
add('weird key showHidden', () => Object.defineProperty({}, 'a\nb', { value: 2 }), { showHidden: true });

// ---- custom inspect
const custom = Symbol.for('nodejs.util.inspect.custom');
add('custom string', () => ({ [custom]() { return 'CUSTOM'; } }));
add('custom multi-line nested', () => ({ a: { [custom]() { return 'line1\nline2'; } } }));
add('custom returns object', () => ({ [custom]() { return { replaced: true }; } }));
add('custom returns this', () => { const o = { x: 1, [custom]() { return this; } }; return o; });
add('custom depth arg', () => ({ a: { b: { [custom](depth) { return `depth=${depth}`; } } } }));
add('custom uses inspect', () => ({ a: { [custom](depth, opts, insp) { return `W(${insp({ k: [1, 2] }, opts)})`; } } }));
add('custom uses stylize', () => ({ [custom](depth, opts) { return opts.stylize('styled', 'special'); } }));
add('custom disabled', () => ({ x: 1, [custom]() { return 'no'; } }), { customInspect: false });
add('custom on class', () => { class C { [custom]() { return 'C!'; } } return [new C(), C.prototype]; });
add('custom returns number', () => ({ [custom]() { return 42; } }));

// ---- deep/mixed
add('kitchen sink', () => ({
  num: 1, str: 'x', arr: [1, [2, [3, [4]]]], map: new Map([['k', { v: [1] }]]),
  set: new Set([[1, 2]]), fn() {}, date: new Date(0), re: /r/, nil: null, u: undefined,
  nested: { deeper: { deepest: { gone: true } } },
}));
add('wide mixed', () => ({ id: 12345, name: 'Arnold Schwarzenegger', age: 77, tags: ['actor', 'governor', 'bodybuilder'], address: { city: 'Los Angeles', zip: '90049' } }));
add('table-ish', () => Array.from({ length: 5 }, (_, i) => ({ id: i, name: `name${i}`, ok: i % 2 === 0 })));
add('long array of objects', () => Array.from({ length: 30 }, (_, i) => ({ i })));


// ---- assorted edge cases
add('wide object in array', () => [Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`property${i}`, i]))]);
add('set of objects', () => new Set([{ a: 1, b: 'two' }, { c: [1, 2, 3] }, { d: { e: { f: 1 } } }]));
add('map long keys', () => new Map([['k'.repeat(40), 'v'.repeat(40)], ['x', 1]]));
add('indented long string', () => ({ a: { b: { c: 'text that is long\nand has lines\nand more lines here' } } }));
add('string split threshold', () => Array.from({ length: 6 }, (_, i) => ({ s: 'z'.repeat(60 + i * 3) + '\nq' })));
add('error compact true', () => errorWithStack('m', 'Error: m\n    at a (b.js:1:1)', { x: 1 }), { compact: true });
add('anonymous class extends', () => (() => class extends Foo {})());
add('function name empty', () => Object.defineProperty(function f() {}, 'name', { value: '' }));
add('class name overwritten', () => { class K { static name = 'Renamed'; } return K; });
add('class name not string', () => { class K { static name() {} } return K; });
add('getters showHidden true', () => new Bar(), { showHidden: true, getters: true });
add('boxed string colors', () => [new String('s'), new Number(1), new Boolean(true), Object(1n), Object(Symbol('q'))]);
add('symbol desc quotes', () => [Symbol("it's"), Symbol('"q"'), { [Symbol("k'")]: 1 }]);
add('numeric key order', () => ({ b: 1, 2: 2, a: 3, 1: 4, '-1': 5 }));
add('negative zero places', () => [new Set([-0]), new Float32Array([-0]), { z: -0 }, new Map([[-0, -0]])]);
add('sorted comparator', () => ({ b: 1, a: 2, c: 3 }), { sorted: (x, y) => (x < y ? 1 : -1) });
add('maxStringLength nested', () => ({ s: 'abcdefghij', t: ['klmnopqrst'] }), { maxStringLength: 3 });
add('maxStringLength 0', () => 'abc', { maxStringLength: 0 });
add('maxArrayLength null', () => Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null });
add('breakLength small', () => [1, 2, 3, { a: 1, b: 2 }], { breakLength: 10 });
add('compact 0', () => ({ a: [1, 2], b: { c: 1 } }), { compact: 0 });
add('compact 5', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { compact: 5, depth: 10 });
add('array 6 items', () => [1, 2, 3, 4, 5, 6]);
add('array 7 long items', () => Array.from({ length: 7 }, (_, i) => 'item number ' + i));
add('array 16 chars', () => Array.from({ length: 10 }, (_, i) => 'x'.repeat(14 + (i % 3))));
add('mixed number/string grouping', () => [1, 2, 3, 4, 5, 6, 7, '8']);
add('array with holes grouped', () => { const a = Array.from({ length: 20 }, (_, i) => i); delete a[3]; delete a[4]; return a; });
add('array extras grouped', () => Object.assign(Array.from({ length: 10 }, (_, i) => i), { extra: 'x' }));
add('typed array more than max', () => new Uint8Array(10), { maxArrayLength: 3 });
add('bigint typed grouped', () => new BigUint64Array(20).map((_, i) => BigInt(i * 1000)));
add('nested maps 3 levels', () => new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]]));
add('nested sets in arrays', () => [[new Set([[1, [2, [3]]]])]]);
add('object with function keys deep', () => ({ level1: { level2: { fn: function named() {}, cls: class Inner {} } } }));
add('date invalid with props', () => Object.assign(new Date(NaN), { a: 1 }));
add('error with name prop only', () => { const e = errorWithStack('m', 'Error: m\n    at a (b.js:1:1)'); e.name = 'Error'; return e; });
add('error stack is message only', () => { const e = new TypeError('tm'); e.stack = 'TypeError: tm'; return e; });
add('error with symbol key', () => errorWithStack('m', 'Error: m\n    at a (b.js:1:1)', { [Symbol('s')]: 1 }));
add('cause with shared frames', () => {
  const frames = '\n    at a (x.js:1:1)\n    at b (x.js:2:2)\n    at c (x.js:3:3)\n    at d (x.js:4:4)\n    at e (x.js:5:5)';
  const inner = errorWithStack('inner', 'Error: inner\n    at z (x.js:9:9)' + frames);
  const outer = new Error('outer', { cause: inner });
  outer.stack = 'Error: outer\n    at y (x.js:8:8)' + frames;
  return outer;
});
add('proxy of map', () => new Proxy(new Map([[1, 2]]), {}));
add('promise rejected nested', () => { const p = Promise.reject(new Map()); p.catch(() => {}); return { p }; });
add('object with 101 keys', () => Object.fromEntries(Array.from({ length: 101 }, (_, i) => ['k' + i, i])));
add('object in depth 1 options', () => ({ a: { b: { c: 1 } }, d: [[1]] }), { depth: 1 });
add('array of arrays long', () => Array.from({ length: 4 }, () => Array.from({ length: 20 }, (_, i) => i)));
add('grouped nested indentation', () => ({ a: { b: Array.from({ length: 40 }, (_, i) => i * 100) } }));
add('strings with unicode width', () => ['ｆｕｌｌ', 'ｗｉｄｔｈ', 'ａ', 'ｂ', 'ｃ', 'ｄ', 'ｅ', 'ｆ']);
add('combining marks', () => ['e\u0301', 'a\u0300', 'x', 'y', 'z', 'w', 'v']);
add('legacy args', () => ({ a: { b: { c: { d: 1 } } } }), true);

// Module namespace is added asynchronously by check.js.

const formats = [
  ['plain'], ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 5n], ['%s', Symbol('s')],
  ['%s', null], ['%s', undefined], ['%s', { a: { b: 1 } }], ['%s', [1, [2, [3]]]],
  ['%s', new Date(0)], ['%s', { toString() { return 'TS'; } }], ['%s', new Foo()],
  ['%s', errorWithStack('m', 'Error: m\n    at a (b.js:1:1)')], ['%s', new Map([[1, 2]])],
  ['%s', Object.create(null)], ['%s', new Proxy({}, {})], ['%s', () => 1], ['%s', new Error('e')],
  ['%s', class {}], ['%s', { toString: 5 }],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 5n], ['%d', Symbol('x')], ['%d', {}], ['%d', '0x10'],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', 5n], ['%i', Symbol()], ['%i', -0.5],
  ['%f', '3.5x'], ['%f', 2], ['%f', Symbol()], ['%f', 'abc'],
  ['%j', { a: [1, 'b'] }], ['%j', 'str'], ['%j', undefined], ['%j', (() => { const o = {}; o.o = o; return o; })()],
  ['%o', { a: [1, 2], f() {} }], ['%o', [1, 2, 3]], ['%o', function foo() {}], ['%o', new Proxy({ a: 1 }, {})],
  ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'],
  ['%c styled', 'color: red'], ['%%'], ['%%', 1], ['100%'], ['100%', 1], ['%', 1], ['a%', 1], ['%x', 1], ['%s%s', 'a'],
  ['%s %s', 'a', 'b', 'c'], ['%s', 'a', { b: 1 }], ['no placeholders', 1, 'two', { three: 3 }],
  [1, 2, 3], [{ a: 1 }, 'str', [1]], ['', 1], [], [undefined], [null, null],
  ['%s:%d:%i:%f:%j:%o:%O:%c:%%', 's', 1, 2, 3, {}, {}, {}, 'css'], ['%s', 'a\nb'],
  ['%%s', 'x'], ['%s %%', 'x'], ['%d%%', 50], ['trailing %'], ['%s', ''], ['%O', 'x'.repeat(100)],
  ['%s', 'x', 'y'.repeat(100)], ['%s', new Set([1])], ['%s', [new Date(0)]], ['%s', Object(1)],
  ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }], ['%s', new (class X { toString() { return 'X!'; } })()],
  ['%s', Object.assign(Object.create({ toString() { return 'inherited'; } }), { a: 1 })],
  ['%s', Object.create(null)], ['%s', Object.assign(Object.create(null), { a: 1 })], ['%s', [1, 'a']],
  ['%s', { a: 'x'.repeat(100) }], ['%s', new Uint8Array(3)], ['%o', new Map([[1, { a: [1] }]])],
  ['%o', 'str'], ['%o', 42], ['%O', new Error('e')], ['%j', 5n], ['%s', Symbol.iterator],
  ['%s', new Number(5)], ['%s', new String('boxed')], ['%d', new Number(7)], ['%i', '1e3'], ['%f', '1e3'],
  ['%s %o', 'a', { deep: { deeper: { deepest: { gone: 1 } } } }], ['%s', 'a', '%s', 'b'], ['a', '%s', 'b'],

];

module.exports = { values, formats, add };
