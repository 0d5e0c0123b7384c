pub const Pair = struct { a: i32, b: i32 };
pub fn add(a: i32, b: i32) i32 { return a + b; }
pub var count: i32 = 3;
