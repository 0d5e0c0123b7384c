'use strict';
// Per-type checks: construction, casting, `$`, valueOf, toJSON, names, errors.
const { test, eq, ok, throws, makeModule, space, enc } = global.__zigcheck;

function corpus(opts) {
  return makeModule('corpus', ({ b }) => {
    const T = {};
    const decl = (n, t) => { T[n] = t; b.typeDecl(n, t); };
    for (const [n, bits, s] of [['u8', 8, 0], ['i8', 8, 1], ['u16', 16, 0], ['i16', 16, 1], ['u32', 32, 0], ['i32', 32, 1],
      ['u24', 24, 0], ['i7', 7, 1], ['u0', 0, 0], ['i48', 48, 1], ['u64', 64, 0], ['i64', 64, 1], ['u128', 128, 0],
      ['i128', 128, 1], ['u33', 33, 0]]) decl(n, b.int(bits, !!s));
    decl('usize', b.usize());
    decl('isize', b.isize());
    for (const bits of [16, 32, 64, 80, 128]) decl(`f${bits}`, b.float(bits));
    decl('bool', b.bool());
    decl('Void', b.void());
    const Point = b.struct('corpus.Point', [['x', b.float(32)], ['y', b.float(32)]]);
    decl('Point', Point);
    const dflt = new Uint8Array(4); new DataView(dflt.buffer).setUint32(0, 42, true);
    decl('Config', b.struct('corpus.Config', [['id', b.u32()], ['level', b.u32(), { default: dflt }], ['flag', b.bool()]]));
    decl('Line', b.struct('corpus.Line', [['a', Point], ['b', Point]]));
    decl('Vec4', b.array(b.float(32), 4));
    decl('Bytes4', b.array(b.u8(), 4));
    decl('V4', b.vector(b.float(32), 4));
    decl('Str', b.slice(b.u8()));
    decl('CStr', b.slice(b.u8(), true));
    decl('WStr', b.slice(b.u16()));
    decl('I32s', b.slice(b.i32()));
    decl('PI32', b.pointer(b.i32()));
    decl('PCI32', b.pointer(b.i32(), { isConst: true }));
    decl('PPoint', b.pointer(Point));
    decl('PCPoint', b.pointer(Point, { isConst: true }));
    decl('OI32', b.optional(b.i32()));
    decl('OPPoint', b.optional(b.pointer(Point)));
    decl('OPoint', b.optional(Point));
    const ES = b.errorSet('corpus.MyError', [['OutOfMemory', 1], ['file_not_found', 2], ['SystemIsOnFire', 3]]);
    decl('MyError', ES);
    decl('Anon', b.errorSet('error{Oops}', [['Oops', 4]]));
    decl('AnyError', b.errorSet('anyerror', [], { anyerror: true }));
    decl('EU', b.errorUnion(ES, b.i32()));
    decl('EUP', b.errorUnion(ES, Point));
    const Pet = b.enum('corpus.Pet', b.u8(), [['dog', 0], ['cat', 1], ['bird', 5]]);
    decl('Pet', Pet);
    decl('Open', b.enum('corpus.Open', b.u16(), [['a', 1]], { nonExhaustive: true }));
    decl('AnonStruct', b.struct('corpus.make__struct_99', [['v', b.u8()]]));
    decl('AnonEnum', b.enum('corpus.f__enum_12', b.u8(), [['x', 0]]));
    decl('Generic', b.struct('corpus.List(u8)', [['n', b.u8()]]));
    decl('HasPet', b.struct('corpus.HasPet', [['pet', Pet], ['n', b.u8()]]));
    decl('Tup', b.struct('struct { i32, bool }', [['0', b.i32()], ['1', b.bool()]], { tuple: true }));
    const Tag = b.enum('corpus.Tag', b.u8(), [['int', 0], ['float', 1]]);
    decl('Num', b.union('corpus.Num', [['int', b.i32()], ['float', b.float(64)]], { tagged: Tag }));
    decl('Flags', b.struct('corpus.Flags', [['a', b.bool()], ['b', b.bool()], ['n', b.int(6, false)]], { layout: 'packed' }));
    decl('Big', b.struct('corpus.Big', [['v', b.u8()]]));
    b.t(T.Big).align = 32; // forces natives.zigAlloc
    b.t(T.Big).size = 32;
    decl('PStr', b.pointer(b.slice(b.u8())));
    const v = new Uint8Array(4); new DataView(v.buffer).setInt32(0, 1234, true);
    b.varDecl('counter', b.i32(), v);
    const pv = new Uint8Array(8); new DataView(pv.buffer).setFloat32(0, 1.5, true); new DataView(pv.buffer).setFloat32(4, 2.5, true);
    b.varDecl('origin', Point, pv);
    b.constDecl('unit', Point, pv);
    b.constDecl('answer', b.i32(), v);
    const ci = new Uint8Array(8); new DataView(ci.buffer).setBigInt64(0, 1n << 60n, true);
    b.constDecl('huge', b.add({ kind: 'comptime_int', name: 'comptime_int', comptimeOnly: true }), ci, 'comptime');
    b.constDecl('lit', b.add({ kind: 'enum literal', name: '@Type(.enum_literal)', comptimeOnly: true }), enc('hello\0'), 'comptime');
    return { T };
  }, opts);
}

const { mod } = corpus();
const { mod: fast } = corpus({ optimize: 'ReleaseFast' });

test('names: built-ins in Zig spelling, named types, counters', () => {
  const got = ['u8', 'i7', 'usize', 'f80', 'Point', 'Vec4', 'V4', 'Str', 'CStr', 'PI32', 'PCI32', 'OI32', 'OPPoint', 'MyError',
    'Anon', 'AnyError', 'EU', 'Pet', 'AnonStruct', 'AnonEnum', 'Generic', 'Tup'].map((n) => mod[n].name);
  eq(got.join(' '), 'u8 i7 usize f80 Point [4]f32 @Vector(4, f32) []u8 []const u8 *i32 *const i32 ?i32 ?*Point MyError ES0 anyerror MyError!i32 Pet S0 EN0 S1 S2');
  eq(Object.prototype.toString.call(new mod.Point({ x: 1, y: 2 })), '[object Point]');
});

test('__zigar sizeOf / alignOf / typeOf', () => {
  const z = mod.__zigar;
  eq([z.sizeOf(mod.Point), z.alignOf(mod.Point), z.sizeOf(mod.Str), z.sizeOf(mod.OI32), z.sizeOf(mod.u128)].join(), '8,4,16,8,16');
  const kinds = ['Point', 'PI32', 'Str', 'EU', 'i32', 'f32', 'bool', 'OI32', 'Vec4', 'Pet', 'MyError', 'Void', 'V4', 'Num']
    .map((n) => z.typeOf(mod[n]));
  eq(kinds.join(), 'struct,pointer,slice,error union,int,float,bool,optional,array,enum,error set,void,vector,union');
  throws(() => z.sizeOf({}), TypeError, /Expected a Zig type/);
});

test('ints: number up to 32 bits, bigint beyond, usize as number', () => {
  eq(new mod.u8(255).$, 255);
  eq(new mod.i8(-128).$, -128);
  eq(new mod.i32(-5).valueOf(), -5);
  eq(new mod.u24(0xffffff).$, 0xffffff);
  eq(new mod.i7(-64).$, -64);
  eq(new mod.u0(0).$, 0);
  eq(typeof new mod.u33(1).$, 'bigint');
  eq(new mod.i48(-(2 ** 40)).$, -(2n ** 40n));
  eq(new mod.u64(2n ** 64n - 1n).$, 2n ** 64n - 1n);
  eq(new mod.i64(-1).$, -1n);
  eq(new mod.u128(2n ** 100n).$, 2n ** 100n);
  eq(new mod.i128(-(2n ** 127n)).$, -(2n ** 127n));
  eq(new mod.usize(12345).$, 12345);
  eq(new mod.usize(2n ** 60n).$, 2n ** 60n);
  eq(new mod.isize(-7).$, -7);
});

test('ints: out of range → TypeError naming type and value (Debug); wraps in ReleaseFast', () => {
  throws(() => new mod.u8(256), TypeError, 'u8 cannot represent the value given: 256');
  throws(() => new mod.i8(-129), TypeError, 'i8 cannot represent the value given: -129');
  throws(() => new mod.u64(-1n), TypeError, 'u64 cannot represent the value given: -1n');
  throws(() => new mod.i7(64), TypeError, 'i7 cannot represent the value given: 64');
  throws(() => new mod.u32(1.5), TypeError, 'u32 cannot represent the value given: 1.5');
  throws(() => new mod.i32('12'), TypeError, 'Expected a number for i32, received "12"');
  throws(() => new mod.i32(), TypeError, /i32 needs an initializer/);
  eq(new fast.u8(256).$, 0);
  eq(new fast.i8(128).$, -128);
  eq(new fast.u64(-1).$, 2n ** 64n - 1n);
  eq(new fast.i7(64).$, -64);
});

test('floats: f16, f32, f64, f80, f128', () => {
  eq(new mod.f16(1.5).$, 1.5);
  eq(new mod.f16(65504).$, 65504);
  eq(new mod.f16(1e6).$, Infinity);
  eq(new mod.f16(2 ** -24).$, 2 ** -24);
  ok(Number.isNaN(new mod.f16(NaN).$), 'f16 NaN');
  eq(new mod.f32(3.14).$, Math.fround(3.14));
  eq(new mod.f64(3.14).$, 3.14);
  for (const v of [3.14, -0, 1e-310, 1e300, Infinity, -2.5]) {
    ok(Object.is(new mod.f80(v).$, v), `f80 ${v}`);
    ok(Object.is(new mod.f128(v).$, v), `f128 ${v}`);
  }
  ok(Number.isNaN(new mod.f80(NaN).$) && Number.isNaN(new mod.f128(NaN).$), 'NaN');
  // 1.0 as f80: mantissa 0x8000000000000000, exponent 0x3fff
  eq(Buffer.from(new Uint8Array(new mod.f80(1).dataView.buffer)).toString('hex'), '0000000000000080ff3f000000000000');
  eq(Buffer.from(new Uint8Array(new mod.f128(1).dataView.buffer)).toString('hex'), '0000000000000000000000000000ff3f');
  eq(new mod.f64(5n).$, 5);
  throws(() => new mod.f64('x'), TypeError, 'Expected a number for f64, received "x"');
});

test('bool and void', () => {
  eq(new mod.bool(true).$, true);
  eq(new mod.bool(0).$, false);
  throws(() => new mod.bool('yes'), TypeError, 'Expected a boolean for bool, received "yes"');
  eq(new mod.Void(undefined).$, undefined);
  throws(() => new mod.Void(1), TypeError, /Expected undefined for void/);
});

test('struct: construct, fields on prototype, valueOf, toJSON, $', () => {
  const p = new mod.Point({ x: 1.5, y: 2.5 });
  eq(p.x, 1.5);
  ok(Object.getOwnPropertyDescriptor(mod.Point.prototype, 'x').get, 'accessor on prototype');
  eq(Object.keys(p).length, 0);
  eq(Object.getOwnPropertySymbols(p).map(String).join(), 'Symbol(memory)');
  eq(p.valueOf(), { x: 1.5, y: 2.5 });
  eq(JSON.stringify(p), '{"x":1.5,"y":2.5}');
  ok(p.$ === p, '$ of a struct is the object');
  p.$ = { x: 3, y: 4 };
  eq(p.valueOf(), { x: 3, y: 4 });
  p.y = 7;
  eq(p.y, 7);
  eq(p.base64, 'AABAQAAA4EA=');
  const q = new mod.Point(p);
  ok(q.dataView.buffer !== p.dataView.buffer, 'copy');
  eq(q.valueOf(), { x: 3, y: 7 });
  q.base64 = 'AADAPwAAIEA=';
  eq(q.valueOf(), { x: 1.5, y: 2.5 });
});

test('struct: unknown key, missing fields, defaults, no initializer', () => {
  throws(() => new mod.Point({ x: 1, y: 2, z: 3 }), TypeError, 'Point has no field named "z"');
  throws(() => new mod.Point({}), TypeError, 'Missing initializers for Point: x, y');
  throws(() => new mod.Config({ flag: true }), TypeError, 'Missing initializers for Config: id');
  eq(new mod.Config({ id: 1, flag: true }).valueOf(), { id: 1, level: 42, flag: true });
  throws(() => new mod.Point(), TypeError, /Point needs an initializer/);
  throws(() => new mod.Point(5), TypeError, 'Expected an object for Point, received 5');
  throws(() => new mod.Point({ x: 'a', y: 1 }), TypeError, 'Expected a number for f32, received "a"');
});

test('struct: nested child objects share memory and are cached', () => {
  const l = new mod.Line({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
  ok(l.a === l.a, 'cached');
  l.a.x = 10;
  eq(l.valueOf(), { a: { x: 10, y: 2 }, b: { x: 3, y: 4 } });
  ok(l.b.dataView.buffer === l.dataView.buffer, 'shared buffer');
  l.b = new mod.Point({ x: 9, y: 9 });
  eq(l.b.x, 9);
});

test('cast: shares memory, size mismatch, same view → same object', () => {
  const buf = new ArrayBuffer(8);
  const p = mod.Point(buf);
  p.x = 2;
  eq(new Float32Array(buf)[0], 2);
  ok(mod.Point(buf) === p, 'same ArrayBuffer → same object');
  const dv = new DataView(buf);
  ok(mod.Point(dv) === mod.Point(dv), 'same DataView → same object');
  throws(() => mod.Point(new ArrayBuffer(7)), TypeError, 'Point has 8 bytes, received 7');
  const u = mod.u32(new Uint8Array([1, 0, 0, 0]));
  eq(u.$, 1);
  ok(mod.Point(p) === p, 'casting an object of the class gives it back');
  throws(() => mod.Point(42), TypeError, /Expected a DataView/);
  throws(() => mod.Point(), TypeError, /expects a DataView/);
});

test('dataView setter copies bytes in; size checked', () => {
  const p = new mod.Point({ x: 0, y: 0 });
  const f = new Float32Array([5, 6]);
  p.dataView = new DataView(f.buffer);
  eq(p.valueOf(), { x: 5, y: 6 });
  throws(() => { p.dataView = new DataView(new ArrayBuffer(4)); }, TypeError, 'Point has 8 bytes, received 4');
});

test('alignment above 16 uses natives.zigAlloc', () => {
  const big = new mod.Big({ v: 1 });
  eq(space.zigAddress(big.dataView) % 32, 0);
  eq(big.v, 1);
});

test('arrays: iterable of exactly N, typedArray shares bytes, index access', () => {
  const a = new mod.Vec4([1, 2, 3, 4]);
  eq(a.length, 4);
  eq(a[2], 3);
  a[2] = 30;
  eq([...a], [1, 2, 30, 4]);
  const ta = a.typedArray;
  ok(ta instanceof Float32Array && ta.buffer === a.dataView.buffer, 'typedArray aliases');
  ta[0] = 100;
  eq(a[0], 100);
  eq(a.valueOf(), [100, 2, 30, 4]);
  throws(() => new mod.Vec4([1, 2, 3]), TypeError, '[4]f32 has 4 elements, received 3');
  throws(() => new mod.Vec4(7), TypeError, 'Expected an iterable for [4]f32, received 7');
  throws(() => { a[4] = 1; }, RangeError, /out of range/);
  eq(a[9], undefined);
  ok(2 in a && !(4 in a), 'in');
  const v = new mod.V4(new Float32Array([1, 2, 3, 4]));
  eq(v.valueOf(), [1, 2, 3, 4]);
  const bytes = new mod.Bytes4('abcd');
  eq(bytes.string, 'abcd');
  ok(bytes.clampedArray instanceof Uint8ClampedArray, 'clampedArray');
  eq(bytes.typedArray.length, 4);
});

test('slices: from string, typed array, iterable; string / typedArray / valueOf', () => {
  const s = new mod.Str('héllo');
  eq(s.length, 6);
  eq(s.string, 'héllo');
  eq(s[0], 104);
  s[0] = 72;
  eq(s.string, 'Héllo');
  const w = new mod.WStr('wide ✓');
  eq(w.string, 'wide ✓');
  eq(w.length, 6);
  const arr = new Int32Array([1, 2, 3]);
  const i = new mod.I32s(arr);
  eq(i.valueOf(), [1, 2, 3]);
  i[1] = 20;
  eq(arr[1], 20, 'typed array of the element type is shared');
  const j = new mod.I32s([4, 5]);
  eq(j.typedArray, new Int32Array([4, 5]));
  eq(JSON.stringify(j), '[4,5]');
  const empty = new mod.Str('');
  eq(empty.length, 0);
  eq(empty.string, '');
  throws(() => new mod.I32s([1, 'x']), TypeError, 'Expected a number for i32, received "x"');
  throws(() => new mod.I32s(new ArrayBuffer(6)), TypeError, '[]i32 has elements of 4 bytes, received 6');
});

test('const slices are read-only, except through typedArray/dataView', () => {
  const s = new mod.CStr('abc');
  throws(() => { s[0] = 1; }, TypeError, 'Unable to modify read-only object');
  s.typedArray[0] = 65;
  eq(s.string, 'Abc');
});

test('pointers: target, auto-deref, *, $', () => {
  const n = new mod.i32(5);
  const p = new mod.PI32(n);
  eq(p['*'], 5);
  p['*'] = 6;
  eq(n.$, 6);
  const pt = new mod.Point({ x: 1, y: 2 });
  const pp = new mod.PPoint(pt);
  eq(pp.x, 1);
  pp.y = 5;
  eq(pt.y, 5);
  ok(pp['*'] === pt, '* gives the target object');
  eq(pp.valueOf(), { x: 1, y: 5 });
  const tmp = new mod.PPoint({ x: 7, y: 8 });
  eq(tmp.x, 7);
  const cp = new mod.PCPoint(pt);
  eq(cp.x, 1);
  throws(() => { cp.x = 2; }, TypeError, 'Unable to modify read-only object');
  throws(() => { cp['*'].x = 2; }, TypeError, 'Unable to modify read-only object');
  throws(() => { cp['*'] = { x: 1, y: 1 }; }, TypeError, 'Unable to modify read-only object');
  const cpi = new mod.PCI32(n);
  eq(cpi['*'], 6);
  throws(() => { cpi['*'] = 1; }, TypeError, 'Unable to modify read-only object');
  throws(() => new mod.PI32(null), TypeError, '*i32 cannot be null');
  // pointer to a slice
  const ps = new mod.PStr(new mod.Str('xyz'));
  eq(ps['*'].string, 'xyz');
  eq(mod.__zigar.sizeOf(mod.PPoint), 8);
  // re-pointing with $
  const other = new mod.Point({ x: 9, y: 9 });
  pp.$ = other;
  eq(pp.x, 9);
});

test('optionals', () => {
  eq(new mod.OI32(null).$, null);
  eq(new mod.OI32(5).$, 5);
  const o = new mod.OI32(5);
  o.$ = null;
  eq(o.$, null);
  eq(o.valueOf(), null);
  eq(new mod.OPPoint(null).$, null);
  const pt = new mod.Point({ x: 1, y: 2 });
  const op = new mod.OPPoint(pt);
  eq(op.$.x, 1);
  eq(op.valueOf(), { x: 1, y: 2 });
  const os = new mod.OPoint({ x: 3, y: 4 });
  eq(os.$.valueOf(), { x: 3, y: 4 });
  eq(mod.__zigar.sizeOf(mod.OPoint), 12);
});

test('error sets: one object per name, message in words, in / instanceof', () => {
  const { MyError, Anon, AnyError } = mod;
  ok(MyError.OutOfMemory instanceof Error, 'is an Error');
  eq(MyError.OutOfMemory.message, 'Out of memory');
  eq(MyError.file_not_found.message, 'File not found');
  eq(MyError.SystemIsOnFire.message, 'System is on fire');
  ok(MyError.OutOfMemory === MyError(1), 'cast by code gives the same object');
  ok(MyError('OutOfMemory') === MyError.OutOfMemory, 'cast by name');
  ok(MyError.OutOfMemory in MyError, 'in');
  ok(!(Anon.Oops in MyError), 'not in');
  ok(MyError.SystemIsOnFire instanceof MyError, 'instanceof');
  ok(Anon.Oops instanceof AnyError, 'anyerror contains all');
  eq(Number(MyError.file_not_found), 2);
  eq(String(MyError.OutOfMemory), 'Error: Out of memory');
  const e = new mod.MyError(MyError.SystemIsOnFire);
  ok(e.$ === MyError.SystemIsOnFire, 'data object holds the error');
  throws(() => new mod.MyError(Anon.Oops), TypeError, 'MyError does not contain the error "Oops"');
  throws(() => MyError(99), RangeError, /no error with the code 99/);
});

test('error unions', () => {
  const eu = new mod.EU(5);
  eq(eu.$, 5);
  eu.$ = mod.MyError.OutOfMemory;
  const err = throws(() => eu.$, Error, 'Out of memory');
  ok(err === mod.MyError.OutOfMemory, 'the same error object');
  eq(eu.valueOf(), mod.MyError.OutOfMemory);
  const eup = new mod.EUP({ x: 1, y: 2 });
  eq(eup.$.valueOf(), { x: 1, y: 2 });
  eup.$ = mod.MyError.file_not_found;
  throws(() => eup.$, Error, 'File not found');
});

test('enums: singletons, String/Number, casts, fields', () => {
  const { Pet } = mod;
  ok(Pet.cat instanceof Pet, 'item is an instance');
  eq(String(Pet.cat), 'cat');
  eq(Number(Pet.bird), 5);
  eq(`${Pet.dog}`, 'dog');
  ok(Pet(1) === Pet.cat && Pet('bird') === Pet.bird, 'casts give the singletons');
  throws(() => Pet(2), RangeError, 'Pet has no item with the value 2');
  throws(() => Pet('cow'), RangeError, 'Pet has no item named "cow"');
  eq(Pet.cat.valueOf(), 'cat');
  eq(Object.keys(Pet).join(), 'dog,cat,bird');
  const h = new mod.HasPet({ pet: 'cat', n: 1 });
  ok(h.pet === Pet.cat, 'field reads the singleton');
  h.pet = 5;
  ok(h.pet === Pet.bird, 'write by number');
  h.pet = Pet.dog;
  eq(h.valueOf(), { pet: 'dog', n: 1 });
  eq(JSON.stringify(h), '{"pet":"dog","n":1}');
  const x = new Pet('cat');
  ok(x.$ === Pet.cat, 'new E(name)');
  const o = mod.Open(7);
  eq(Number(o), 7);
  ok(mod.Open(7) === o, 'non-exhaustive values are cached');
  eq(String(mod.Open.a), 'a');
});

test('tuples, tagged unions, packed structs', () => {
  const t = new mod.Tup([5, true]);
  eq(t[0], 5);
  eq(t.valueOf(), [5, true]);
  const n = new mod.Num({ float: 1.5 });
  eq(String(n), 'float');
  eq(n.float, 1.5);
  eq(n.int, null);
  eq(n.valueOf(), { float: 1.5 });
  throws(() => new mod.Num({ int: 1, float: 2 }), TypeError, /exactly one field/);
  const f = new mod.Flags({ a: true, b: false, n: 5 });
  eq(f.valueOf(), { a: true, b: false, n: 5 });
  eq(+f, 1 | (5 << 2));
  f.b = true;
  eq(+f, 1 | 2 | (5 << 2));
  throws(() => { f.n = 64; }, TypeError, 'u6 cannot represent the value given: 64');
});

test('pub var: static accessors on default read/write Zig memory', () => {
  const ns = mod.default;
  eq(ns.counter, 1234);
  ns.counter = 99;
  eq(ns.counter, 99);
  ok(!('counter' in mod), 'vars are not named exports');
  eq(ns.origin.valueOf(), { x: 1.5, y: 2.5 });
  ns.origin.x = 4;
  eq(ns.origin.x, 4);
  ok(Object.getOwnPropertySymbols(ns.origin.dataView).length === 1, 'Zig memory is tagged');
  ns.origin = { x: 0, y: 1 };
  eq(ns.origin.valueOf(), { x: 0, y: 1 });
  eq(ns.Point, mod.Point);
});

test('pub const: frozen copy in JS memory, primitives as primitives, comptime', () => {
  eq(mod.answer, 1234);
  eq(mod.unit.valueOf(), { x: 1.5, y: 2.5 });
  throws(() => { mod.unit.x = 3; }, TypeError, 'Unable to modify read-only object');
  eq(Object.getOwnPropertySymbols(mod.unit.dataView).length, 0, 'copied into JS memory');
  eq(mod.huge, 2n ** 60n);
  eq(mod.lit, 'hello');
});

test('pointer to a primitive shares a typed array of its size; struct from another struct class', () => {
  const arr = new Int32Array([7]);
  const p = new mod.PI32(arr);
  p['*'] = 8;
  eq(arr[0], 8);
  const c = new mod.Config({ id: 1, flag: true });
  const t = new mod.Line({ a: new mod.Point({ x: 1, y: 2 }), b: { x: 0, y: 0 } });
  eq(t.a.x, 1);
  void c;
});
