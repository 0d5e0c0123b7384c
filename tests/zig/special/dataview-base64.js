/*---
description: dataView is a live view of the bytes (set copies bytes in, size must match); base64 get and set; typedArray, clampedArray and string on u8/u16 arrays
flags: [module]
includes: [compareArray.js]
---*/
import { Point, Bytes, U16s, point } from './special.zig';

const p = point();
const dv = p.dataView;
assert(dv instanceof DataView);
assert.sameValue(dv.byteLength, 8);
assert.sameValue(dv.getInt32(0, true), 1);
dv.setInt32(4, 77, true);
assert.sameValue(p.y, 77, 'live view');
const src = new DataView(new ArrayBuffer(8));
src.setInt32(0, 3, true);
p.dataView = src;
assert.sameValue(p.x, 3, 'dataView = copies bytes in');
assert.sameValue(p.dataView, dv, 'still the same view');
assert.throws(TypeError, () => { p.dataView = new DataView(new ArrayBuffer(4)); }, 'size must match');
const b64 = p.base64;
assert.sameValue(typeof b64, 'string');
const q = new Point({ x: 0, y: 0 });
q.base64 = b64;
assert.sameValue(q.x, 3);
assert.sameValue(q.y, 0);
const bytes = new Bytes('AbCd');
assert.sameValue(bytes.base64, 'QWJDZA==');
bytes.base64 = 'enlnIQ==';
assert.sameValue(bytes.string, 'zyg!');
assert(bytes.typedArray instanceof Uint8Array);
assert(bytes.clampedArray instanceof Uint8ClampedArray);
bytes.clampedArray[0] = 65;
assert.sameValue(bytes.string, 'Ayg!');
const w = new U16s('héj');
assert.sameValue(w.string, 'héj');
assert(w.typedArray instanceof Uint16Array);
assert.compareArray(w.typedArray, [104, 233, 106]);
assert.sameValue('typedArray' in p, false, 'structs have no typedArray');
