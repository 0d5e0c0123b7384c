'use strict';
// Builds meta objects (docs/bridge.md) by hand, with the x86_64 layouts the
// Zig 0.15 compiler produces (checked against `zig` for the seed's types:
// Actor {name@0, age@16} 24/8; struct {int: i32, float: f64} → float@0, int@8).

const alignUp = (n, a) => Math.ceil(n / a) * a;

class MetaBuilder {
  constructor(name, { optimize = 'Debug', space = null } = {}) {
    this.name = name;
    this.optimize = optimize;
    this.space = space;
    this.types = [];
    this.functions = [];
    this.memo = new Map();
    this.rootDecls = [];
    this.root = this.add({ kind: 'struct', name, size: 0, align: 1, decls: this.rootDecls });
  }

  add(t) {
    const index = this.types.length;
    const full = Object.assign({
      index, name: '', kind: 'void', size: 0, align: 1, bits: 0,
      signed: false, isExtern: false, isPacked: false, isTuple: false, hasSentinel: false,
      isConst: false, allowZero: false, nonExhaustive: false, isAnyerror: false,
      isCallconvC: false, isVariadic: false, comptimeOnly: false, optionalPtrNull: false, isTagged: false,
      pointerSize: undefined, child: -1, child2: -1, length: 0, offsetA: 0, offsetB: 0,
      sentinel: null, members: [], decls: [],
    }, t);
    full.index = index;
    this.types.push(full);
    return index;
  }

  memoize(key, make) {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key);
  }

  t(i) { return this.types[i]; }

  int(bits, signed, name) {
    const n = name || `${signed ? 'i' : 'u'}${bits}`;
    return this.memoize(n, () => {
      let size = bits === 0 ? 0 : bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : bits <= 64 ? 8 : alignUp(bits, 64) / 8;
      const align = size === 0 ? 1 : Math.min(size, 16);
      if (bits > 64) size = alignUp(size, 16);
      return this.add({ kind: 'int', name: n, size, align, bits, signed });
    });
  }
  u8() { return this.int(8, false); }
  u16() { return this.int(16, false); }
  u32() { return this.int(32, false); }
  i32() { return this.int(32, true); }
  u64() { return this.int(64, false); }
  usize() { return this.int(64, false, 'usize'); }
  isize() { return this.int(64, true, 'isize'); }
  float(bits) {
    return this.memoize(`f${bits}`, () => {
      const size = bits === 80 ? 16 : bits / 8;
      return this.add({ kind: 'float', name: `f${bits}`, size, align: Math.min(size, 16), bits });
    });
  }
  bool() { return this.memoize('bool', () => this.add({ kind: 'bool', name: 'bool', size: 1, align: 1, bits: 1 })); }
  void() { return this.memoize('void', () => this.add({ kind: 'void', name: 'void', size: 0, align: 1 })); }
  allocator() {
    return this.memoize('allocator', () => this.add({ kind: 'allocator', name: 'mem.Allocator', size: 16, align: 8 }));
  }

  // fields: [name, type, { default: Uint8Array, comptime, offset }]
  struct(name, fields, { layout = 'auto', tuple = false, offsets = null } = {}) {
    const ms = fields.map(([fname, type, opts = {}], i) => ({
      name: fname, type, bitOffset: 0, bitSize: this.t(type).size * 8, value: 0,
      isComptime: !!opts.comptime, defaultValue: opts.default || null, order: i,
    }));
    let size = 0, align = 1;
    if (layout === 'packed') {
      let bit = 0;
      for (const m of ms) {
        const t = this.t(m.type);
        m.bitSize = t.kind === 'bool' ? 1 : t.bits || t.size * 8;
        m.bitOffset = bit;
        bit += m.bitSize;
      }
      size = Math.max(1, Math.ceil(bit / 8));
      size = size <= 1 ? 1 : size <= 2 ? 2 : size <= 4 ? 4 : size <= 8 ? 8 : alignUp(size, 16);
      align = Math.min(size, 16);
      return this.add({ kind: 'struct', name, size, align, bits: bit, isPacked: true, members: ms });
    }
    const placed = layout === 'extern' || tuple ? ms.slice()
      : ms.slice().sort((a, b) => this.t(b.type).align - this.t(a.type).align || a.order - b.order);
    let off = 0;
    for (const m of placed) {
      if (m.isComptime) continue;
      const t = this.t(m.type);
      off = alignUp(off, t.align);
      m.bitOffset = (offsets && offsets[m.name] !== undefined ? offsets[m.name] : off) * 8;
      off = m.bitOffset / 8 + t.size;
      align = Math.max(align, t.align);
    }
    size = alignUp(off, align);
    for (const m of ms) delete m.order;
    return this.add({ kind: 'struct', name, size, align, isExtern: layout === 'extern', isTuple: tuple, members: ms });
  }

  pointer(child, { size = 'one', isConst = false, sentinel = null, members = false, allowZero = false } = {}) {
    const c = this.t(child);
    const cname = c.name;
    const prefix = size === 'slice' ? '[]' : size === 'many' ? '[*]' : size === 'c' ? '[*c]' : '*';
    const name = `${prefix}${isConst ? 'const ' : ''}${cname}`;
    return this.memoize(`${name}#${child}#${!!sentinel}#${members}`, () => this.add({
      kind: 'pointer', name, size: size === 'slice' ? 16 : 8, align: 8, child, pointerSize: size, isConst,
      hasSentinel: !!sentinel, sentinel, allowZero,
      members: size === 'slice' && members ? [
        { name: 'ptr', type: this.usize(), bitOffset: 0, bitSize: 64, value: 0, isComptime: false, defaultValue: null },
        { name: 'len', type: this.usize(), bitOffset: 64, bitSize: 64, value: 0, isComptime: false, defaultValue: null },
      ] : [],
    }));
  }
  slice(child, isConst = false) { return this.pointer(child, { size: 'slice', isConst }); }

  array(child, length, sentinel = null) {
    const c = this.t(child);
    return this.memoize(`[${length}]${child}#${!!sentinel}`, () => this.add({
      kind: 'array', name: `[${length}]${c.name}`, size: c.size * (length + (sentinel ? 1 : 0)), align: c.align,
      child, length, hasSentinel: !!sentinel, sentinel,
    }));
  }
  vector(child, length) {
    const c = this.t(child);
    const raw = c.kind === 'bool' ? Math.ceil(length / 8) : c.size * length;
    const size = raw <= 1 ? 1 : 2 ** Math.ceil(Math.log2(raw));
    return this.add({ kind: 'vector', name: `@Vector(${length}, ${c.name})`, size, align: Math.min(size, 16), child, length });
  }
  optional(child) {
    const c = this.t(child);
    return this.memoize(`?${child}`, () => {
      if (c.kind === 'pointer' && c.pointerSize !== 'c' && !c.allowZero) {
        return this.add({ kind: 'optional', name: `?${c.name}`, size: c.size, align: c.align, child, optionalPtrNull: true });
      }
      const size = alignUp(c.size + 1, c.align);
      return this.add({ kind: 'optional', name: `?${c.name}`, size, align: c.align, child, offsetA: c.size });
    });
  }
  errorSet(name, errors, { anyerror = false } = {}) {
    return this.add({
      kind: 'error set', name, size: 2, align: 2, bits: 16, isAnyerror: anyerror,
      members: errors.map(([n, code]) => ({ name: n, type: -1, bitOffset: 0, bitSize: 0, value: code, isComptime: false, defaultValue: null })),
    });
  }
  errorUnion(errorSet, payload) {
    const p = this.t(payload);
    let offsetA, offsetB, size;
    const align = Math.max(2, p.align);
    if (p.align > 2) { offsetA = 0; offsetB = p.size; size = alignUp(p.size + 2, align); } else {
      offsetB = 0; offsetA = alignUp(2, p.align); size = alignUp(offsetA + p.size, align);
    }
    return this.add({
      kind: 'error union', name: `${this.t(errorSet).name}!${p.name}`, size, align, child: payload, child2: errorSet, offsetA, offsetB,
    });
  }
  enum(name, tag, items, { nonExhaustive = false } = {}) {
    const t = this.t(tag);
    return this.add({
      kind: 'enum', name, size: t.size, align: t.align, child: tag, nonExhaustive,
      members: items.map(([n, v]) => ({ name: n, type: tag, bitOffset: 0, bitSize: t.bits, value: v, isComptime: false, defaultValue: null })),
    });
  }
  union(name, fields, { tagged = null, layout = 'auto' } = {}) {
    const ms = fields.map(([n, type]) => ({ name: n, type, bitOffset: 0, bitSize: this.t(type).size * 8, value: 0, isComptime: false, defaultValue: null }));
    let psize = 0, align = 1;
    for (const m of ms) { psize = Math.max(psize, this.t(m.type).size); align = Math.max(align, this.t(m.type).align); }
    let size, offsetA = 0, offsetB = 0;
    if (tagged !== null) {
      const tt = this.t(tagged);
      align = Math.max(align, tt.align);
      offsetA = 0; offsetB = psize;
      size = alignUp(psize + tt.size, align);
    } else size = alignUp(psize, align);
    return this.add({ kind: 'union', name, size, align, members: ms, child: tagged === null ? -1 : tagged, isTagged: tagged !== null, isExtern: layout === 'extern', offsetA, offsetB });
  }

  // A function: params [type…], ret type; errorSet → returns errorSet!ret.
  fn(name, params, ret, { errorSet = null, method = false, container = null } = {}) {
    const fields = [['retval', ret]];
    if (errorSet !== null) fields.push(['error', this.u16()]);
    params.forEach((p, i) => fields.push([String(i), p]));
    const argsType = this.struct(`${this.name}.ArgStruct(${name})`, fields);
    const fnType = this.add({
      kind: 'function', name: `fn (${params.map((p) => this.t(p).name).join(', ')}) ${this.t(ret).name}`, size: 0, align: 1,
      child: ret, comptimeOnly: true,
      members: params.map((p) => ({ name: null, type: p, bitOffset: 0, bitSize: 0, value: 0, isComptime: false, defaultValue: null })),
    });
    const index = this.functions.length;
    this.functions.push({ index, name, type: fnType, argsType, returnsErrorUnion: errorSet !== null, isMethod: method });
    const decl = { name, kind: 'function', type: fnType, function: index, address: 0 };
    (container === null ? this.rootDecls : this.t(container).decls).push(decl);
    const offsets = {};
    for (const m of this.t(argsType).members) offsets[m.name] = m.bitOffset / 8;
    return { index, offsets, argsType };
  }

  typeDecl(name, type, container = null) {
    (container === null ? this.rootDecls : this.t(container).decls).push({ name, kind: 'type', type, function: -1, address: 0 });
  }
  constDecl(name, type, bytes, kind = 'const') {
    const address = bytes ? this.space.zigRegion(bytes) : 0;
    this.rootDecls.push({ name, kind, type, function: -1, address });
    return address;
  }
  varDecl(name, type, bytes) {
    const address = this.space.zigRegion(bytes);
    this.rootDecls.push({ name, kind: 'var', type, function: -1, address });
    return address;
  }

  meta() {
    return { name: this.name, optimize: this.optimize, root: this.root, types: this.types, functions: this.functions };
  }
}

module.exports = { MetaBuilder, alignUp };
