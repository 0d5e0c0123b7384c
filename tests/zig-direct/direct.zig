// Fixture for tests/zig-direct: functions with direct entries
// (stdlib-zig/thunks.zig directEntry) — numbers, by-value structs, unions,
// arrays and vectors without pointers, single-item pointers; numeric or void
// results — and a few without (for comparison).
pub const Point = struct {
    x: f64,
    y: f64,

    // methods: the receiver is the first argument
    pub fn sum(self: Point) f64 {
        return self.x + self.y;
    }

    pub fn grow(self: *Point, k: f64) void {
        self.x += k;
        self.y += k;
    }
};

// the same layout, another class
pub const Other = struct {
    x: f64,
    y: f64,
};

// several field types, padding between them
pub const Mixed = struct {
    a: u8,
    b: i16,
    c: f32,
    d: bool,
    e: u64,
    f: i32,
    g: [3]u8,
    h: enum(u8) { red, green, blue },
};

pub const Bytes3 = extern struct {
    a: u8,
    b: u8,
    c: u8,
};

// (none first: the layout probe finds the tag with the first field whose tag
// is not 0, and a smaller payload there leaves bytes it cannot rely on)
pub const Shape = union(enum) {
    none: void,
    circle: f64,
    square: f32,
};

pub const Bits = extern union {
    int: u32,
    float: f32,
};

pub const Vec4 = @Vector(4, f32);

pub const Five = [5]i32;
pub const Three = [3]Point;

// 512 bytes: the classic callback's argument struct does not fit its stack buffer
pub const Big = struct {
    v: [64]f64,
};

// aligned beyond 16: the classic callback allocates an aligned struct
pub const Wide = struct {
    x: f64 align(64),
    y: u8,
};

// holds a pointer: no direct entry (the general path resolves it)
pub const Named = struct {
    name: []const u8,
    n: u32,
};

// a function pointer's address as a plain number (callbacks.js)
pub const Handle = struct {
    address: usize,
};

pub var home: Point = .{ .x = 3, .y = 4 };
pub const origin: Point = .{ .x = 0, .y = 0 };

pub fn sumPoint(p: Point) f64 {
    return p.x + p.y;
}

pub fn dist2(a: Point, b: Point) f64 {
    const dx = a.x - b.x;
    const dy = a.y - b.y;
    return dx * dx + dy * dy;
}

pub fn mixed(m: Mixed) f64 {
    var t: f64 = @floatFromInt(m.a);
    t += @floatFromInt(m.b);
    t += m.c;
    t += if (m.d) 1000 else -1000;
    t += @floatFromInt(m.e);
    t += @floatFromInt(m.f);
    for (m.g) |g| t += @floatFromInt(g);
    t += @floatFromInt(@intFromEnum(m.h));
    return t;
}

pub fn sumBytes(b: Bytes3) u8 {
    return b.a +% b.b +% b.c;
}

pub fn area(s: Shape) f64 {
    return switch (s) {
        .circle => |r| 3 * r * r,
        .square => |a| a * a,
        .none => -1,
    };
}

pub fn bitsOf(b: Bits) u32 {
    return b.int;
}

pub fn sumArray(a: Five) i32 {
    var t: i32 = 0;
    for (a) |v| t +%= v;
    return t;
}

pub fn sumPoints(a: Three) f64 {
    var t: f64 = 0;
    for (a) |p| t += p.x * p.y;
    return t;
}

pub fn dot(a: Vec4, b: Vec4) f32 {
    return @reduce(.Add, a * b);
}

pub fn bigSum(b: Big) f64 {
    var t: f64 = 0;
    for (b.v, 0..) |v, i| t += v * @as(f64, @floatFromInt(i + 1));
    return t;
}

pub fn wideSum(w: Wide) f64 {
    return w.x + @as(f64, @floatFromInt(w.y));
}

// numbers of every direct kind next to a struct (8 parameters: the most a
// direct entry takes)
pub fn numbers(p: Point, a: i8, b: u8, c: i16, d: u16, e: i32, f: u32, g: f32) f64 {
    var t = p.x + p.y;
    t += @floatFromInt(a);
    t += @floatFromInt(b);
    t += @floatFromInt(c);
    t += @floatFromInt(d);
    t += @floatFromInt(e);
    t += @floatFromInt(f);
    t += g;
    return t;
}

pub fn flagged(p: Point, h: bool, k: f64) f64 {
    return if (h) p.x * k else p.y * k;
}

// 9 parameters: no direct entry
pub fn nine(p: Point, a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: i32) f64 {
    return p.x + @as(f64, @floatFromInt(a +% b +% c +% d +% e +% f +% g +% h));
}

pub fn asI8(p: Point) i8 {
    return @truncate(@as(i64, @intFromFloat(p.x)));
}

pub fn asU8(p: Point) u8 {
    return @truncate(@as(u64, @bitCast(@as(i64, @intFromFloat(p.x)))));
}

pub fn asI16(p: Point) i16 {
    return @truncate(@as(i64, @intFromFloat(p.x)));
}

pub fn asU16(p: Point) u16 {
    return @truncate(@as(u64, @bitCast(@as(i64, @intFromFloat(p.x)))));
}

pub fn asI32(p: Point) i32 {
    return @truncate(@as(i64, @intFromFloat(p.x)));
}

pub fn asU32(p: Point) u32 {
    return @truncate(@as(u64, @bitCast(@as(i64, @intFromFloat(p.x)))));
}

pub fn asF32(p: Point) f32 {
    return @floatCast(p.x);
}

pub fn isOrigin(p: Point) bool {
    return p.x == 0 and p.y == 0;
}

pub fn asCInt(p: Point, k: c_int) c_int {
    return @as(c_int, @intFromFloat(p.x)) *% k;
}

var last: f64 = 0;

pub fn remember(p: Point) void {
    last = p.x * p.y;
}

pub fn remembered() f64 {
    return last;
}

// pointers: Zig writes through them
pub fn scale(p: *Point, k: f64) void {
    p.x *= k;
    p.y *= k;
}

pub fn norm1(p: *const Point) f64 {
    return @abs(p.x) + @abs(p.y);
}

pub fn bump(a: *Five) i32 {
    a[0] += 1;
    return a[0];
}

// by value: Zig changes its copy only
pub fn changeCopy(p: Point) f64 {
    var q = p;
    q.x = 100;
    return q.x + q.y;
}

// not direct: a pointer inside, a struct result, an error union, a slice
pub fn nameLength(n: Named) u32 {
    return @as(u32, @intCast(n.name.len)) + n.n;
}

pub fn moved(p: Point, dx: f64) Point {
    return .{ .x = p.x + dx, .y = p.y };
}

pub fn checked(p: Point) !f64 {
    if (p.x < 0) return error.Negative;
    return p.x;
}

pub fn withSlice(p: Point, s: []const f64) f64 {
    var t = p.x + p.y;
    for (s) |v| t += v;
    return t;
}

// calls a C function pointer given as a number (a JS function made into a
// pointer by another module, callbacks.js): Zig calls JS from a direct function
pub fn callVia(h: Handle, x: i32) i32 {
    const f: *const fn (i32) callconv(.c) i32 = @ptrFromInt(h.address);
    return f(x);
}
