pub const Pet = enum { dog, cat, fish };
pub const Code = enum(u16) { ok = 200, not_found = 404, teapot = 418 };
pub const Signed = enum(i8) { neg = -1, zero = 0, pos = 1 };
pub const Open = enum(u8) { a = 1, b = 2, _ };
pub fn next(p: Pet) Pet {
    return switch (p) { .dog => .cat, .cat => .fish, .fish => .dog };
}
pub fn secondCode(k: i32, c: Code) u16 { _ = k; return @intFromEnum(c); }
pub fn codeOf(n: u16) Code { return @enumFromInt(n); }
pub fn neg() Signed { return .neg; }
pub fn openValue(o: Open) u8 { return @intFromEnum(o); }
pub fn makeOpen(n: u8) Open { return @enumFromInt(n); }
pub const Owner = struct { pet: Pet = .cat, code: Code };
pub fn ownerScore(o: Owner) u32 { return @as(u32, @intFromEnum(o.pet)) * 1000 + @intFromEnum(o.code); }
pub fn maybePet(give: bool) ?Pet { return if (give) .fish else null; }
