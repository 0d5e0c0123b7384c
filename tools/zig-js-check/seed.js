'use strict';
// The seed document's examples (shared/seed/cross-language-memory-access.txt)
// with fake Zig implementations; outputs are compared byte for byte where the
// fake natives make them reproducible.
const { test, eq, ok, makeModule, space, inspect, ptrAt, putPtr, enc } = global.__zigcheck;

// ---- example 1: Actor, print, deage -------------------------------------------------
function example1() {
  return makeModule('memory-example-1', ({ b, impl }) => {
    const u8 = b.u8(), u32 = b.u32();
    const Actor = b.struct('memory-example-1.Actor', [['name', b.slice(u8)], ['age', u32]]);
    b.typeDecl('Actor', Actor);
    const print = impl(b.fn('print', [Actor], b.void()), (dv, sp) => {
      const off = print.offsets['0'];
      const name = sp.str(ptrAt(dv, off), ptrAt(dv, off + 8));
      sp.out.push(`${name} is ${dv.getUint32(off + 16, true)} years' old`);
    });
    const deage = impl(b.fn('deage', [b.pointer(Actor), u32], b.void()), (dv, sp) => {
      const p = ptrAt(dv, deage.offsets['0']);
      if (p % 8 !== 0) throw new Error('fake Zig: incorrect alignment');
      const actor = sp.mem(p, 24);
      actor.setUint32(16, actor.getUint32(16, true) - dv.getUint32(deage.offsets['1'], true), true);
    });
    return { Actor };
  });
}

test('seed 1a: plain object arguments are temporary copies', () => {
  const { mod } = example1();
  space.out.length = 0;
  const actor = { name: 'Arnold Schwarzenegger', age: 77 };
  mod.print(actor);
  mod.deage(actor, 40);
  mod.print(actor);
  eq(space.out.join('\n'), "Arnold Schwarzenegger is 77 years' old\nArnold Schwarzenegger is 77 years' old");
  eq(actor.age, 77);
});

test('seed 1b: Zig data objects are modified in place', () => {
  const { mod } = example1();
  space.out.length = 0;
  const actor = new mod.Actor({ name: 'Arnold Schwarzenegger', age: 77 });
  mod.print(actor);
  mod.deage(actor, 40);
  mod.print(actor);
  eq(space.out.join('\n'), "Arnold Schwarzenegger is 77 years' old\nArnold Schwarzenegger is 37 years' old");
  eq(actor.age, 37);
  eq(actor.name.string, 'Arnold Schwarzenegger');
});

test('seed 1c: misaligned object is copied for the call and back', () => {
  const { mod } = example1();
  const { __zigar, Actor, print, deage } = mod;
  space.out.length = 0;
  const lines = [`alignment = ${__zigar.alignOf(Actor)}`];
  const size = __zigar.sizeOf(Actor);
  const buffer = new ArrayBuffer(size + 1);
  const dv = new DataView(buffer, 1);
  const actor = Actor(dv);
  actor.$ = { name: 'Arnold Schwarzenegger', age: 77 };
  print(actor);
  deage(actor, 40);
  print(actor);
  lines.push(...space.out);
  eq(lines.join('\n'), "alignment = 8\nArnold Schwarzenegger is 77 years' old\nArnold Schwarzenegger is 37 years' old");
  ok(actor.dataView === dv, 'cast keeps the DataView');
  ok(Actor(dv) === actor, 'casting the same view twice gives the same object');
  eq(new DataView(buffer, 17).getUint32(0, true), 37);
});

// ---- example 3: primitives ------------------------------------------------------------
test('seed 3: returnBool / returnInt typeofs', () => {
  const { mod } = makeModule('memory-example-3', ({ b, impl }) => {
    const f1 = impl(b.fn('returnBool', [], b.bool()), (dv) => dv.setUint8(f1.offsets.retval, 1));
    const f2 = impl(b.fn('returnInt', [], b.i32()), (dv) => dv.setInt32(f2.offsets.retval, 123, true));
  });
  eq(`${typeof mod.returnBool()}\n${typeof mod.returnInt()}`, 'boolean\nnumber');
  eq(mod.returnBool(), true);
  eq(mod.returnInt(), 123);
});

// ---- example 4: struct return ------------------------------------------------------------
test('seed 4: returned struct prints like the seed', () => {
  const { mod } = makeModule('memory-example-4', ({ b, impl }) => {
    const S = b.struct('memory-example-4.returnStruct__struct_1234', [['int', b.i32()], ['float', b.float(64)]]);
    const f = impl(b.fn('returnStruct', [], S), (dv) => {
      const o = f.offsets.retval;
      dv.setFloat64(o, 3.14, true);
      dv.setInt32(o + 8, 123, true);
    });
  });
  const out = [inspect(mod.returnStruct()), inspect(mod.returnStruct().valueOf())].join('\n');
  eq(out, `S0 {
  [Symbol(memory)]: DataView {
    byteLength: 16,
    byteOffset: 0,
    buffer: ArrayBuffer {
      [Uint8Contents]: <1f 85 eb 51 b8 1e 09 40 7b 00 00 00 00 00 00 00>,
      byteLength: 16
    }
  }
}
{ int: 123, float: 3.14 }`);
  // Node's own util.inspect agrees
  eq(require('util').inspect(mod.returnStruct()), inspect(mod.returnStruct()));
});

// ---- example 5: slice of .rodata -------------------------------------------------------------
test('seed 5: slice into Zig memory carries Symbol(zig)', () => {
  const addr = space.zigRegion(enc('Hello world'), 140352294253853);
  const { mod } = makeModule('memory-example-5', ({ b, impl }) => {
    const f = impl(b.fn('returnString', [], b.slice(b.u8(), true)), (dv) => {
      putPtr(dv, f.offsets.retval, addr);
      putPtr(dv, f.offsets.retval + 8, 11);
    });
  });
  const out = [mod.returnString().string, inspect(mod.returnString().dataView)].join('\n');
  eq(out, `Hello world
DataView {
  byteLength: 11,
  byteOffset: 0,
  buffer: ArrayBuffer {
    [Uint8Contents]: <48 65 6c 6c 6f 20 77 6f 72 6c 64>,
    byteLength: 11,
    [Symbol(zig)]: { address: 140352294253853n, len: 11 }
  },
  [Symbol(zig)]: { address: 140352294253853n, len: 11 }
}`);
  const s = mod.returnString();
  ok(s.dataView === mod.returnString().dataView, 'one address and type give one JS object');
  eq(require('util').inspect(s.dataView), inspect(s.dataView));
  // read-only from JS except through typedArray/dataView
  const { throws } = global.__zigcheck;
  throws(() => { s[0] = 1; }, TypeError, 'Unable to modify read-only object');
  throws(() => { s['*'][0] = 1; }, TypeError, 'Unable to modify read-only object');
  ok(s.typedArray instanceof Uint8Array && s.typedArray.length === 11, 'typedArray');
});

// ---- example 6: var in .data -------------------------------------------------------------
test('seed 6: writing through typedArray changes Zig memory', () => {
  const addr = space.zigRegion(enc('Hello'));
  const { mod } = makeModule('memory-example-6', ({ b, impl }) => {
    const f = impl(b.fn('returnString', [], b.slice(b.u8(), true)), (dv) => {
      putPtr(dv, f.offsets.retval, addr);
      putPtr(dv, f.offsets.retval + 8, 5);
    });
    impl(b.fn('print', [], b.void()), (dv, sp) => sp.out.push(sp.str(addr, 5)));
  });
  space.out.length = 0;
  mod.print();
  const { typedArray } = mod.returnString();
  typedArray[0] = 123;
  mod.print();
  eq(space.out.join('\n'), 'Hello\n{ello');
});

// ---- example 7: heap memory from Zig's allocator ------------------------------------------------
test('seed 7: error-union slice from the Zig heap', () => {
  const addr = space.zigRegion(enc('Hello world'), 140390405111808);
  let freed = null;
  const { mod } = makeModule('memory-example-7', ({ b, impl }) => {
    const es = b.errorSet('@typeInfo(@typeInfo(@TypeOf(memory-example-7.returnString)).@"fn".return_type.?).error_union.error_set', [['OutOfMemory', 1]]);
    const sl = b.slice(b.u8(), true);
    const f = impl(b.fn('returnString', [], sl, { errorSet: es }), (dv) => {
      putPtr(dv, f.offsets.retval, addr);
      putPtr(dv, f.offsets.retval + 8, 11);
      dv.setUint16(f.offsets.error, 0, true);
    });
    const g = impl(b.fn('freeString', [sl], b.void()), (dv) => {
      freed = [ptrAt(dv, g.offsets['0']), ptrAt(dv, g.offsets['0'] + 8)];
    });
  });
  const s = mod.returnString();
  const out = [s.string, inspect(s.dataView)].join('\n');
  mod.freeString(s);
  eq(out, `Hello world
DataView {
  byteLength: 11,
  byteOffset: 0,
  buffer: ArrayBuffer {
    [Uint8Contents]: <48 65 6c 6c 6f 20 77 6f 72 6c 64>,
    byteLength: 11,
    [Symbol(zig)]: { address: 140390405111808n, len: 11 }
  },
  [Symbol(zig)]: { address: 140390405111808n, len: 11 }
}`);
  eq(freed, [140390405111808, 11]);
});

// ---- example 8: JS allocator ----------------------------------------------------------------
test('seed 8: slice allocated by the JS allocator has no Symbol(zig)', () => {
  const { mod } = makeModule('memory-example-8', ({ b, impl }) => {
    const es = b.errorSet('memory-example-8.returnString.error_set', [['OutOfMemory', 1]]);
    const f = impl(b.fn('returnString', [b.allocator()], b.slice(b.u8(), true), { errorSet: es }), (dv, sp) => {
      if (ptrAt(dv, f.offsets['0']) !== 0xa110c0) throw new Error('allocator not filled');
      const a = sp.jsAlloc(12);
      new Uint8Array(sp.mem(a, 12).buffer).set(enc('Hello world!'));
      putPtr(dv, f.offsets.retval, a);
      putPtr(dv, f.offsets.retval + 8, 12);
    });
  });
  eq(mod.returnString.length, 0, 'allocator params are omitted');
  const s = mod.returnString();
  eq([s.string, inspect(s.dataView)].join('\n'), `Hello world!
DataView {
  byteLength: 12,
  byteOffset: 0,
  buffer: ArrayBuffer {
    [Uint8Contents]: <48 65 6c 6c 6f 20 77 6f 72 6c 64 21>,
    byteLength: 12
  }
}`);
});
