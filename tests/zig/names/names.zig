pub const Named = struct { a: i32 };
pub const Alias = Named;
pub fn anon1() struct { a: u8 } { return .{ .a = 1 }; }
pub fn anon2() struct { b: u8 } { return .{ .b = 2 }; }
pub fn anonEnum() enum { x, y } { return .y; }
pub fn anonErr(yes: bool) error{Oops}!i32 { return if (yes) error.Oops else 1; }
pub const I32 = i32;
pub const ConstStr = []const u8;
pub const OptI32 = ?i32;
pub const F32x4 = [4]f32;
pub const PtrI32 = *const i32;
pub const ManyU8 = [*]u8;
pub const ZStr = [:0]const u8;
pub const Arr2x3 = [2][3]u8;
pub const Vec = @Vector(4, f32);
pub const FnType = fn (i32) bool;
pub const Pet = enum { dog };
pub const ES = error{ A, B };
pub const EU = ES!i32;
pub const OptPtr = ?*Named;
