pub fn addI32(a: i32, b: i32) i32 { return a +% b; }
pub fn addU32(a: u32, b: u32) u32 { return a +% b; }
pub fn mulF64(a: f64, b: f64) f64 { return a * b; }
pub fn halfF32(a: f32) f32 { return a / 2; }
pub fn pick(c: bool, a: i32, b: i32) i32 { return if (c) a else b; }
pub fn echoU8(a: u8) u8 { return a; }
pub fn echoI16(a: i16) i16 { return a; }
var calls: u32 = 0;
pub fn count() u32 { calls += 1; return calls; }
