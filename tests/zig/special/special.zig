pub const Point = struct { x: i32, y: i32 };
pub const Bytes = [4]u8;
pub const U16s = [3]u16;
pub const Big = struct { a: u64, b: i128, c: i64 };
pub const Str = []const u8;
pub const Pet = enum { dog, cat };
pub const WithPtr = struct { name: []const u8, pet: Pet };
pub fn point() Point { return .{ .x = 1, .y = -2 }; }
pub fn withPtr() WithPtr { return .{ .name = "rex", .pet = .dog }; }
pub fn big() Big { return .{ .a = 1 << 60, .b = -(1 << 100), .c = -12345 }; }
