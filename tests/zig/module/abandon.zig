pub fn add(a: i32, b: i32) i32 { return a + b; }
pub fn five() i32 { return 5; }
pub var v: i32 = 1;
