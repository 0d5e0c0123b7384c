'use strict';
// Calls: argument conversion and errors, return values, pointers, methods.
const { test, eq, ok, throws, makeModule, space, ptrAt, putPtr } = global.__zigcheck;

function callModule() {
  return makeModule('calls', ({ b, impl }) => {
    const i32 = b.i32(), u8 = b.u8(), f64 = b.float(64), bool = b.bool();
    const Point = b.struct('calls.Point', [['x', b.float(32)], ['y', b.float(32)]]);
    b.typeDecl('Point', Point);
    const ES = b.errorSet('calls.Err', [['OutOfMemory', 1], ['SystemIsOnFire', 2]]);
    b.typeDecl('Err', ES);
    const Pet = b.enum('calls.Pet', u8, [['dog', 0], ['cat', 1]]);
    b.typeDecl('Pet', Pet);
    const Str = b.slice(u8);
    const add = impl(b.fn('add', [i32, i32], i32), (dv) => {
      dv.setInt32(add.offsets.retval, dv.getInt32(add.offsets['0'], true) + dv.getInt32(add.offsets['1'], true), true);
    });
    const fail = impl(b.fn('fail', [bool], i32, { errorSet: ES }), (dv) => {
      if (dv.getUint8(fail.offsets['0'])) dv.setUint16(fail.offsets.error, 2, true);
      else dv.setInt32(fail.offsets.retval, 7, true);
    });
    const unknownErr = impl(b.fn('unknownError', [], b.void(), { errorSet: ES }), (dv) => {
      dv.setUint16(unknownErr.offsets.error, 77, true);
    });
    const maybe = impl(b.fn('maybe', [bool], b.optional(i32)), (dv) => {
      const o = maybe.offsets.retval;
      if (dv.getUint8(maybe.offsets['0'])) { dv.setInt32(o, 42, true); dv.setUint8(o + 4, 1); }
    });
    const pet = impl(b.fn('pet', [], Pet), (dv) => dv.setUint8(pet.offsets.retval, 1));
    const scale = impl(b.fn('scale', [Point, f64], Point), (dv) => {
      const o = scale.offsets['0'], k = dv.getFloat64(scale.offsets['1'], true), r = scale.offsets.retval;
      dv.setFloat32(r, dv.getFloat32(o, true) * k, true);
      dv.setFloat32(r + 4, dv.getFloat32(o + 4, true) * k, true);
    });
    const upper = impl(b.fn('upper', [Str], b.void()), (dv, sp) => {
      const m = sp.mem(ptrAt(dv, upper.offsets['0']), ptrAt(dv, upper.offsets['0'] + 8));
      for (let i = 0; i < m.byteLength; i++) m.setUint8(i, m.getUint8(i) & ~32);
    });
    const first = impl(b.fn('first', [Str], Str), (dv) => {
      putPtr(dv, first.offsets.retval, ptrAt(dv, first.offsets['0']));
      putPtr(dv, first.offsets.retval + 8, 1);
    });
    const PPoint = b.pointer(Point);
    const move = impl(b.fn('move', [PPoint, f64], b.void(), { method: true, container: Point }), (dv, sp) => {
      const m = sp.mem(ptrAt(dv, move.offsets['0']), 8);
      m.setFloat32(0, m.getFloat32(0, true) + dv.getFloat64(move.offsets['1'], true), true);
    });
    const len = impl(b.fn('len', [Point], f64, { method: true, container: Point }), (dv) => {
      const o = len.offsets['0'];
      dv.setFloat64(len.offsets.retval, Math.hypot(dv.getFloat32(o, true), dv.getFloat32(o + 4, true)), true);
    });
    const table = {};
    const types = {
      u8, i32, f64, bool, u64: b.u64(), usize: b.usize(), Point, Str, Pet, ES,
      CStr: b.slice(u8, true), PPoint, OI32: b.optional(i32), A4: b.array(b.float(32), 4), PI32: b.pointer(i32),
      EU: b.errorUnion(ES, i32),
    };
    for (const [n, t] of Object.entries(types)) table[n] = impl(b.fn(`take_${n}`, [t], b.void()), () => {});
    const twoAlloc = impl(b.fn('withAllocator', [b.allocator(), i32], i32), (dv) => {
      dv.setInt32(twoAlloc.offsets.retval, dv.getInt32(twoAlloc.offsets['1'], true) * 2, true);
    });
    return { table };
  });
}

const { mod } = callModule();

test('call: name, length, argument count', () => {
  eq(mod.add.name, 'add');
  eq(mod.add.length, 2);
  eq(mod.add(2, 3), 5);
  throws(() => mod.add(1), TypeError, 'Expecting 2 arguments, received 1');
  throws(() => mod.maybe(), TypeError, 'Expecting 1 argument, received 0');
  eq(mod.withAllocator.length, 1);
  eq(mod.withAllocator(21), 42);
});

test('call: error union → thrown Zig error (same object), unknown code', () => {
  eq(mod.fail(false), 7);
  const e = throws(() => mod.fail(true), Error, 'System is on fire');
  ok(e === mod.Err.SystemIsOnFire, 'same error object');
  throws(() => mod.unknownError(), Error, 'Zig error 77');
});

test('call: optional, enum, struct returns', () => {
  eq(mod.maybe(true), 42);
  eq(mod.maybe(false), null);
  ok(mod.pet() === mod.Pet.cat, 'enum item');
  const p = new mod.Point({ x: 1, y: 2 });
  const r = mod.scale(p, 2);
  eq(r.valueOf(), { x: 2, y: 4 });
  const r2 = mod.scale({ x: 1, y: 1 }, 3);
  ok(r.dataView.buffer !== r2.dataView.buffer, 'each return value is a copy in its own memory');
  eq(r.valueOf(), { x: 2, y: 4 });
  eq(r2.valueOf(), { x: 3, y: 3 });
  ok(r instanceof mod.Point, 'class');
});

test('call: slice params share typed arrays; strings are temporary', () => {
  const bytes = new TextEncoder().encode('hello');
  mod.upper(bytes);
  eq(new TextDecoder().decode(bytes), 'HELLO');
  const s = new mod.default.Point({ x: 0, y: 0 }); void s;
  const str = 'abc';
  mod.upper(str); // no error; nothing flows back
  eq(str, 'abc');
  mod.upper(bytes.buffer);
  const f = mod.first(bytes);
  eq(f.length, 1);
  eq(f[0], 72);
  eq(f.dataView.buffer, bytes.buffer, 'a returned pointer into a JS buffer resolves to that buffer');
});

test('call: methods on instances; *Self modifies in place', () => {
  const p = new mod.Point({ x: 3, y: 4 });
  eq(p.len(), 5);
  eq(mod.Point.len(p), 5);
  eq(p.move.length, 1);
  p.move(1);
  eq(p.x, 4);
  mod.Point.move(p, 1);
  eq(p.x, 5);
  throws(() => p.move('x'), TypeError, 'args[0]: Expected a number for f64, received "x"');
});

const BAD = [
  ['u8', 256, TypeError, 'args[0]: u8 cannot represent the value given: 256'],
  ['u8', -1, TypeError, 'args[0]: u8 cannot represent the value given: -1'],
  ['u8', 'a', TypeError, 'args[0]: Expected a number for u8, received "a"'],
  ['u8', null, TypeError, 'args[0]: Expected a number for u8, received null'],
  ['i32', 2 ** 31, TypeError, 'args[0]: i32 cannot represent the value given: 2147483648'],
  ['i32', 1.25, TypeError, 'args[0]: i32 cannot represent the value given: 1.25'],
  ['i32', NaN, TypeError, 'args[0]: i32 cannot represent the value given: NaN'],
  ['i32', {}, TypeError, 'args[0]: Expected a number for i32, received object'],
  ['i32', Symbol('s'), TypeError, 'args[0]: Expected a number for i32, received Symbol(s)'],
  ['u64', -1n, TypeError, 'args[0]: u64 cannot represent the value given: -1n'],
  ['u64', 2n ** 64n, TypeError, 'args[0]: u64 cannot represent the value given: 18446744073709551616n'],
  ['usize', -5, TypeError, 'args[0]: usize cannot represent the value given: -5'],
  ['f64', 'x', TypeError, 'args[0]: Expected a number for f64, received "x"'],
  ['f64', undefined, TypeError, 'args[0]: Expected a number for f64, received undefined'],
  ['bool', 'yes', TypeError, 'args[0]: Expected a boolean for bool, received "yes"'],
  ['Point', 5, TypeError, 'args[0]: Expected an object for Point, received 5'],
  ['Point', { x: 1 }, TypeError, 'args[0]: Missing initializers for Point: y'],
  ['Point', { x: 1, y: 2, z: 3 }, TypeError, 'args[0]: Point has no field named "z"'],
  ['Point', { x: 'a', y: 2 }, TypeError, 'args[0]: Expected a number for f32, received "a"'],
  ['Point', null, TypeError, 'args[0]: Expected an object for Point, received null'],
  ['Str', 5, TypeError, 'args[0]: Expected an iterable for []u8, received 5'],
  ['Str', [1, 300], TypeError, 'args[0]: u8 cannot represent the value given: 300'],
  ['Str', null, TypeError, 'args[0]: []u8 cannot be null'],
  ['CStr', {}, TypeError, 'args[0]: Expected an iterable for []const u8, received object'],
  ['Pet', 'cow', RangeError, 'args[0]: Pet has no item named "cow"'],
  ['Pet', 7, RangeError, 'args[0]: Pet has no item with the value 7'],
  ['Pet', true, TypeError, 'args[0]: Expected an item of Pet, received true'],
  ['ES', 'Nope', RangeError, 'args[0]: Err has no error named "Nope"'],
  ['ES', new Error('x'), TypeError, 'args[0]: Expected an error of Err, received error "x"'],
  ['PPoint', 3, TypeError, 'args[0]: Expected an object for Point, received 3'],
  ['PPoint', undefined, TypeError, 'args[0]: *Point cannot be undefined'],
  ['OI32', 'z', TypeError, 'args[0]: Expected a number for i32, received "z"'],
  ['A4', [1, 2], TypeError, 'args[0]: [4]f32 has 4 elements, received 2'],
  ['A4', 'abcd', TypeError, 'args[0]: Expected an iterable for [4]f32, received "abcd"'],
  ['PI32', 'q', TypeError, 'args[0]: Expected a number for i32, received "q"'],
  ['EU', 'q', TypeError, 'args[0]: Expected a number for i32, received "q"'],
];

test('bad argument values: TypeError/RangeError naming args[N], the type and the value', () => {
  const problems = [];
  for (const [t, value, type, message] of BAD) {
    try {
      mod[`take_${t}`](value);
      problems.push(`${t} ${String(value)}: no error`);
    } catch (e) {
      if (!(e instanceof type) || e.message !== message) {
        problems.push(`${t} ${typeof value === 'symbol' ? 'symbol' : JSON.stringify(value)}: got ${e && e.constructor.name}: ${e && e.message}; want ${type.name}: ${message}`);
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
});

test('good argument values are accepted', () => {
  const good = [['u8', 255], ['i32', -5n], ['u64', 5], ['usize', 2n ** 60n], ['f64', 1n], ['bool', false],
    ['Point', new mod.Point({ x: 1, y: 2 })], ['Str', 'text'], ['Str', [1, 2]], ['Str', new Uint8Array(2)],
    ['CStr', 'x'], ['Pet', 'dog'], ['Pet', mod.Pet.cat], ['Pet', 1], ['ES', mod.Err.OutOfMemory], ['ES', 'OutOfMemory'],
    ['PPoint', { x: 1, y: 2 }], ['OI32', null], ['OI32', 3], ['A4', [1, 2, 3, 4]], ['PI32', 5], ['PI32', new mod.default.Point({ x: 0, y: 0 }) && 6],
    ['EU', 5], ['EU', mod.Err.SystemIsOnFire]];
  for (const [t, v] of good) mod[`take_${t}`](v);
});

test('args struct reused: no new buffer per call on the primitive path', () => {
  const before = space.calls;
  for (let i = 0; i < 100; i++) mod.add(i, 1);
  eq(space.calls - before, 100);
});

test('abandon: later calls throw "Module was abandoned"', () => {
  const { mod: m } = callModule();
  eq(m.add(1, 1), 2);
  m.__zigar.abandon();
  throws(() => m.add(1, 1), Error, 'Module was abandoned');
});

test('pointer stored in Zig memory cannot target JS memory', () => {
  const addr = space.zigRegion(new Uint8Array(8));
  const { mod: m } = makeModule('zigptr', ({ b }) => {
    const P = b.pointer(b.i32());
    b.varDecl('ptr', P, new Uint8Array(8));
    b.typeDecl('PI32', P);
    void addr;
  });
  throws(() => { m.default.ptr = new Int32Array(1); }, TypeError, 'Pointers in Zig memory cannot point to garbage-collected object');
  throws(() => { m.default.ptr = 5; }, TypeError, 'Pointers in Zig memory cannot point to garbage-collected object');
});

test('sentinel slices and many pointers', () => {
  const z = space.zigRegion(new TextEncoder().encode('zig\0rest'));
  const { mod: m } = makeModule('sent', ({ b, impl }) => {
    const u8 = b.u8();
    const S0 = b.pointer(u8, { size: 'slice', isConst: true, sentinel: new Uint8Array([0]) });
    const M0 = b.pointer(u8, { size: 'many', isConst: true, sentinel: new Uint8Array([0]) });
    b.typeDecl('ZStr', S0);
    b.typeDecl('MStr', M0);
    const lenOf = impl(b.fn('lenOf', [S0], b.usize()), (dv, sp) => {
      const p = ptrAt(dv, lenOf.offsets['0']), n = ptrAt(dv, lenOf.offsets['0'] + 8);
      if (sp.mem(p, n + 1).getUint8(n) !== 0) throw new Error('no sentinel');
      dv.setBigUint64(lenOf.offsets.retval, BigInt(n), true);
    });
    const cstr = impl(b.fn('cstr', [], M0), (dv) => putPtr(dv, cstr.offsets.retval, z));
  });
  eq(m.ZStr.name, '[:0]const u8');
  eq(m.MStr.name, '[*:0]const u8');
  eq(m.lenOf('hello'), 5);
  const c = m.cstr();
  eq(c.length, 3);
  eq(c.string, 'zig');
});

test('slices with ptr/len members in meta; struct return pointing into an argument', () => {
  const { mod: m } = makeModule('members', ({ b, impl }) => {
    const u8 = b.u8();
    const S = b.pointer(u8, { size: 'slice', members: true });
    const Pair = b.struct('members.Pair', [['head', S], ['n', b.u32()]]);
    b.typeDecl('Pair', Pair);
    const split = impl(b.fn('split', [S], Pair), (dv) => {
      const a = split.offsets['0'], r = split.offsets.retval;
      putPtr(dv, r, ptrAt(dv, a));
      putPtr(dv, r + 8, 2);
      dv.setUint32(r + 16, 99, true);
    });
  });
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const p = m.split(bytes);
  eq(p.n, 99);
  eq(p.head.length, 2);
  ok(p.head.dataView.buffer === bytes.buffer, 'resolves into the argument buffer');
  eq(p.valueOf(), { head: [1, 2], n: 99 });
  const tmp = m.split([5, 6, 7]);
  eq(tmp.head.valueOf(), [5, 6], 'temporary argument kept alive by the returned pointer');
});

test('printing data objects never throws', () => {
  const { inspect } = global.__zigcheck;
  const things = [new mod.Point({ x: 1, y: 2 }), mod.Pet.cat, mod.Err.OutOfMemory, new (mod.default.Point)({ x: 1, y: 1 })];
  for (const t of things) ok(typeof inspect(t) === 'string', 'inspect');
  const s = mod.first(new Uint8Array([65, 66]));
  ok(/^\[\]u8 \{/.test(inspect(s)), `slice prints as its class: ${inspect(s)}`);
  ok(/^\[\]u8 \{/.test(require('util').inspect(s)), 'node agrees');
});
