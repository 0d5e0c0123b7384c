// Imported by enums.zig: a user file whose struct's @typeName is "fmt", as
// std.fmt's is.
pub fn thrice(x: i32) i32 { return x * 3; }
pub const Unit = struct {
    n: u8,
    pub fn plus(self: Unit, k: u8) u8 { return self.n + k; }
};
