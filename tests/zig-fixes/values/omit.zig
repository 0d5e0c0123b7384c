pub const S = struct {
    n: i32,
    pub var count: i32 = 2;
    pub const k = 9;
    pub fn get(self: S) i32 { return self.n; }
};
pub var top: i32 = 1;
pub fn add(a: i32, b: i32) i32 { return a + b; }
