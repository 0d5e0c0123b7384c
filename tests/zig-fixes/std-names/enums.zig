// A module named like std.enums (its struct's @typeName is "enums", as is
// std.enums'), with the kinds of types whose names start with "enums.":
// pub ones, a private one reached through a field, an anonymous field type,
// a generic instance of its own, a std generic instance, and a user file
// named like another std namespace.
const std = @import("std");

pub const Pet = enum { dog, cat, fish };
pub fn next(p: Pet) Pet {
    return switch (p) { .dog => .cat, .cat => .fish, .fish => .dog };
}

const Inner = struct {
    v: i32,
    pub fn twice(self: Inner) i32 { return self.v * 2; }
};
pub const Box = struct {
    inner: Inner,
    anon: struct {
        a: i32,
        pub const seven = 7;
    },
};

pub fn Gen(comptime T: type) type {
    return struct {
        x: T,
        pub const kind = 3;
    };
}
pub const G8 = Gen(u8);

// std's: reported with fields only, its declarations are not walked
pub const PetSet = std.enums.EnumSet(Pet);

pub const fmtfile = @import("fmt.zig");
