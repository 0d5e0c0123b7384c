'use strict';
// zig_memory.js — where data-object bytes live: JS memory (ArrayBuffers, or
// natives.zigAlloc for alignments above 16) and Zig memory (natives.zigView).
//
// Addresses are JS numbers (user-space addresses fit in 2^53).

const { ZIG, hasOwn } = require('zig_base');

function allocView(size, align) {
  if (align > 16) {
    const dv = natives.zigAlloc(size, align);
    return dv instanceof DataView ? dv : new DataView(dv.buffer || dv, dv.byteOffset || 0, size);
  }
  return new DataView(new ArrayBuffer(size));
}

// The address of the first byte of `dv` (a DataView on JS or Zig memory).
// The runtime remembers JS buffers whose address it hands out, so a pointer
// Zig returns into one maps back onto the same ArrayBuffer (natives.zigView);
// no JS-side registry (WeakRefs kept every buffer alive until the script
// yielded, so a synchronous loop grew without bound).
function addressOf(dv) {
  const zig = dv[ZIG];
  if (zig) return Number(zig.address);
  return natives.zigAddress(dv);
}

function tagZig(dv, address) {
  if (!hasOwn(dv, ZIG)) dv[ZIG] = { address: BigInt(address), len: dv.byteLength };
  const buffer = dv.buffer;
  if (!hasOwn(buffer, ZIG)) {
    buffer[ZIG] = { address: BigInt(address - dv.byteOffset), len: buffer.byteLength };
  }
  return dv;
}

// Memory at `address`: { view, zig } — zig is true for Zig-owned memory.
function viewAt(address, length) {
  const result = natives.zigView(address, length);
  let view = result[0];
  const zig = !!result[1];
  if (!(view instanceof DataView)) view = new DataView(view.buffer || view, view.byteOffset || 0, length);
  if (zig) tagZig(view, address);
  return { view, zig };
}

const isZigMemory = (dv) => hasOwn(dv.buffer, ZIG);

Object.assign(exports, { allocView, addressOf, viewAt, tagZig, isZigMemory });
