'use strict';
// zig_memory.js — where data-object bytes live: JS memory (ArrayBuffers, or
// natives.zigAlloc for alignments above 16) and Zig memory (natives.zigView).
//
// Addresses are JS numbers (user-space addresses fit in 2^53).  JS buffers
// whose address was handed to Zig are remembered (weakly) so that a pointer
// Zig gives back into them resolves to the same ArrayBuffer instead of a
// second, foreign view of the same bytes.

const { ZIG, hasOwn } = require('zig_base');

function allocView(size, align) {
  if (align > 16) {
    const dv = natives.zigAlloc(size, align);
    return dv instanceof DataView ? dv : new DataView(dv.buffer || dv, dv.byteOffset || 0, size);
  }
  return new DataView(new ArrayBuffer(size));
}

// ---- JS buffers known by address ---------------------------------------------
// bases: sorted array of base addresses; entries: base → { ref, end }.
const bases = [];
const entries = new Map();
const buffersSeen = new WeakMap(); // ArrayBuffer → base address
const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry((base) => forget(base)) : null;

function findIndex(address) {
  // index of the last base <= address, or -1
  let lo = 0, hi = bases.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bases[mid] <= address) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function forget(base) {
  const e = entries.get(base);
  if (e && e.ref.deref() === undefined) {
    entries.delete(base);
    const i = findIndex(base);
    if (i >= 0 && bases[i] === base) bases.splice(i, 1);
  }
}

function remember(buffer, base) {
  if (buffersSeen.get(buffer) === base) return;
  buffersSeen.set(buffer, base);
  const old = entries.get(base);
  if (old === undefined) {
    const i = findIndex(base);
    bases.splice(i + 1, 0, base);
  }
  entries.set(base, { ref: new WeakRef(buffer), end: base + buffer.byteLength });
  if (registry) registry.register(buffer, base);
}

// The address of the first byte of `dv` (a DataView on JS or Zig memory).
function addressOf(dv) {
  const zig = dv[ZIG];
  if (zig) return Number(zig.address);
  const address = natives.zigAddress(dv);
  if (typeof address !== 'number' || address === 0) return address;
  if (!hasOwn(dv.buffer, ZIG)) remember(dv.buffer, address - dv.byteOffset);
  return address;
}

function lookupJS(address, length) {
  const i = findIndex(address);
  if (i < 0) return undefined;
  const base = bases[i];
  const e = entries.get(base);
  if (address + length > e.end) return undefined;
  const buffer = e.ref.deref();
  if (buffer === undefined) return undefined;
  return new DataView(buffer, address - base, length);
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
  const js = lookupJS(address, length);
  if (js) return { view: js, zig: false };
  const result = natives.zigView(address, length);
  let view = result[0];
  const zig = !!result[1];
  if (!(view instanceof DataView)) view = new DataView(view.buffer || view, view.byteOffset || 0, length);
  if (zig) tagZig(view, address);
  else if (!hasOwn(view.buffer, ZIG)) remember(view.buffer, address - view.byteOffset);
  return { view, zig };
}

const isZigMemory = (dv) => hasOwn(dv.buffer, ZIG);

Object.assign(exports, { allocView, addressOf, viewAt, tagZig, isZigMemory, lookupJS });
