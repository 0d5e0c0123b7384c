'use strict';
// A fake address space and fake zig natives for testing stdlib-js/zig*.js in
// Node without a Zig library.  Addresses are plain numbers:
//  - JS buffers get stable fake addresses from zigAddress (WeakMap);
//  - "Zig memory" blocks are registered regions (zigRegion), zigView wraps
//    them with isZigMemory = true;
//  - the "JS allocator" (jsAlloc) makes ArrayBuffers that zigView returns
//    with isZigMemory = false, like the runtime's allocator.
// zigCall dispatches to JS implementations of Zig functions, which read and
// write the argument struct bytes at the offsets the meta builder computed.

class FakeSpace {
  constructor() {
    this.next = 0x10000;
    this.jsBase = new WeakMap();
    this.jsBuffers = new Map(); // base → buffer (strong: tests only)
    this.zigRegions = [];
    this.allocBuffers = [];
    this.abandoned = new Set();
    this.impls = new Map(); // handle → [fn(dv, env)]
    this.argsMeta = new Map(); // handle → meta
    this.out = [];
    this.calls = 0;
    this.viewCalls = 0;
  }

  assign(buffer) {
    let base = this.jsBase.get(buffer);
    if (base === undefined) {
      base = Math.ceil(this.next / 16) * 16;
      this.next = base + buffer.byteLength + 16;
      this.jsBase.set(buffer, base);
      this.jsBuffers.set(base, buffer);
    }
    return base;
  }

  zigAddress(x) {
    const buffer = x instanceof ArrayBuffer ? x : x.buffer;
    if (buffer.byteLength === 0) return 0;
    return this.assign(buffer) + (x.byteOffset || 0);
  }

  // Registers a block of Zig memory holding `bytes`; returns its address.
  zigRegion(bytes, address) {
    const len = bytes.length;
    if (address === undefined) {
      address = Math.ceil(this.next / 16) * 16;
      this.next = address + len + 16;
    }
    const buffer = new ArrayBuffer(len);
    new Uint8Array(buffer).set(bytes);
    this.zigRegions.push({ base: address, buffer, blockViews: new Map() });
    return address;
  }

  jsAlloc(len) {
    const buffer = new ArrayBuffer(len);
    const base = this.assign(buffer);
    this.allocBuffers.push({ base, buffer });
    return base;
  }

  find(address, len) {
    for (const r of this.allocBuffers) {
      if (address >= r.base && address + len <= r.base + r.buffer.byteLength) return { r, zig: false };
    }
    for (const r of this.zigRegions) {
      if (address >= r.base && address + len <= r.base + r.buffer.byteLength) return { r, zig: true };
    }
    return null;
  }

  zigView(address, len) {
    this.viewCalls++;
    const f = this.find(address, len);
    if (f) return [new DataView(f.r.buffer, address - f.r.base, len), f.zig];
    // Like the runtime: JS buffers whose address zigAddress handed out map
    // back onto the same ArrayBuffer.
    for (const [base, buffer] of this.jsBuffers) {
      if (address >= base && address + len <= base + buffer.byteLength) {
        return [new DataView(buffer, address - base, len), false];
      }
    }
    throw new Error(`fake zigView: unknown address ${address} (${len} bytes)`);
  }

  // Memory for the fake Zig side: any buffer we know.
  mem(address, len) {
    const f = this.find(address, len);
    if (f) return new DataView(f.r.buffer, address - f.r.base, len);
    for (const [base, buffer] of this.jsBuffers) {
      if (address >= base && address + len <= base + buffer.byteLength) {
        return new DataView(buffer, address - base, len);
      }
    }
    throw new Error(`fake Zig: segmentation fault at ${address} (${len} bytes)`);
  }

  zigAlloc(len, align) {
    const buffer = new ArrayBuffer(len + align);
    const base = this.assign(buffer);
    const off = (align - (base % align)) % align;
    return new DataView(buffer, off, len);
  }

  natives() {
    return {
      zigAddress: (x) => this.zigAddress(x),
      zigView: (a, n) => this.zigView(a, n),
      zigAlloc: (n, a) => this.zigAlloc(n, a),
      zigAbandon: (h) => { this.abandoned.add(h); },
      zigCall: (handle, fnIndex, dv) => {
        if (this.abandoned.has(handle)) throw new Error('Module was abandoned');
        this.calls++;
        const meta = this.argsMeta.get(handle);
        const f = meta.functions[fnIndex];
        const at = meta.types[f.argsType];
        for (const m of at.members) {
          if (meta.types[m.type].kind === 'allocator') {
            dv.setBigUint64(m.bitOffset / 8, 0xa110c0n, true);
            dv.setBigUint64(m.bitOffset / 8 + 8, 0xa110c8n, true);
          }
        }
        const impl = this.impls.get(handle)[fnIndex];
        if (!impl) throw new Error(`fake: no implementation for ${f.name}`);
        impl(dv, this);
      },
    };
  }

  install(handle, meta, impls) {
    this.argsMeta.set(handle, meta);
    this.impls.set(handle, impls);
  }

  str(address, len) {
    return Buffer.from(new Uint8Array(this.mem(address, len).buffer, this.mem(address, len).byteOffset, len)).toString('utf8');
  }
}

module.exports = { FakeSpace };
