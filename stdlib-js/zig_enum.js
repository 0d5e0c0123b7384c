'use strict';
// zig_enum.js — enums: items are singleton data objects (static members of
// the class); String(x) is the name, Number(x) the value; E(1) / E('cat') cast.

const B = require('zig_base');
const { MEMORY, DESC, describe, typeError, rangeError, defineValue, hide, READONLY } = B;
const { narrow } = require('zig_primitive');

function setup(D) {
  const ctx = D.ctx;
  const t = D.type;
  const tagD = t.child >= 0 ? ctx.getD(t.child) : null;
  const nonExhaustive = !!t.nonExhaustive;
  const byKey = new Map();
  const byName = new Map();
  const extra = new Map();
  D.isPrimitive = true;

  const readTag = (dv, off) => (tagD ? tagD.read(dv, off) : 0);
  const makeItem = (name, value) => {
    const dv = new DataView(new ArrayBuffer(D.size));
    if (tagD && D.size) tagD.write(dv, 0, value);
    const item = Object.create(D.proto);
    item[MEMORY] = dv;
    hide(item, READONLY, true);
    hide(item, ITEM, { name, value: tagD ? readTag(dv, 0) : value });
    return item;
  };
  for (const m of t.members || []) {
    const item = makeItem(m.name, m.value);
    const info = item[ITEM];
    byKey.set(String(info.value), item);
    byName.set(m.name, item);
    defineValue(D.cls, m.name, item, true);
  }
  const lookupValue = (value) => {
    const key = String(value);
    let item = byKey.get(key);
    if (item === undefined) {
      item = extra.get(key);
      if (item === undefined) {
        item = makeItem(undefined, value);
        extra.set(key, item);
      }
    }
    return item;
  };
  const itemFor = (value) => {
    if (value !== null && typeof value === 'object') {
      if (value[DESC] === D) return D.read(value[MEMORY], 0);
      // an item of another enum: a value this enum does not have
      if (value[DESC] && value[DESC].kind === 'enum') {
        throw rangeError(`${D.name} has no item ${value[DESC].name}.${String(value)}`);
      }
    }
    if (typeof value === 'string') {
      const item = byName.get(value);
      if (item === undefined) throw rangeError(`${D.name} has no item named ${describe(value)}`);
      return item;
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      if (typeof value === 'number' && !Number.isInteger(value)) {
        throw typeError(`${D.name} cannot represent the value given: ${describe(value)}`);
      }
      const key = String(value);
      const item = byKey.get(key);
      if (item !== undefined) return item;
      if (nonExhaustive) {
        const dv = new DataView(new ArrayBuffer(Math.max(D.size, 8)));
        tagD.write(dv, 0, value); // range check
        return lookupValue(readTag(dv, 0));
      }
      throw rangeError(`${D.name} has no item with the value ${describe(value)}`);
    }
    throw typeError(`Expected an item of ${D.name}, received ${describe(value)}`);
  };
  D.itemFor = itemFor;
  D.read = (dv, off) => lookupValue(readTag(dv, off));
  D.plainRead = (dv, off) => {
    const item = D.read(dv, off);
    return item[ITEM].name !== undefined ? item[ITEM].name : item[ITEM].value;
  };
  D.write = (dv, off, value) => {
    const item = itemFor(value);
    if (tagD && D.size) tagD.write(dv, off, item[ITEM].value);
  };
  D.cast = (arg) => {
    if (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'bigint') return itemFor(arg);
    return undefined;
  };
  Object.defineProperty(D.proto, Symbol.toPrimitive, {
    value: function (hint) {
      const item = D.read(this[MEMORY], 0);
      const { name, value } = item[ITEM];
      if (hint === 'number') return typeof value === 'bigint' ? Number(value) : value;
      return name !== undefined ? name : String(value);
    },
    configurable: true,
  });
  void narrow;
}

const ITEM = Symbol('zigEnumItem');

Object.assign(exports, { setup, ITEM });
