//! exporter.zig — the comptime walk that turns a user module into the static
//! metadata table of runtime/zig_abi.h, and its C-ABI entry point.
//!
//! Shape of the work, all at comptime:
//!   1. collect(): a worklist over types, starting at the module's own struct.
//!      A type brings in its structural children (fields, pointer targets,
//!      parameters…); a container whose declarations we export brings in the
//!      types of its pub decls (and, per exported function, the function type
//!      and its argument struct). Types are deduplicated by identity (`==`),
//!      and the order is the order of discovery, so the same source always
//!      yields the same indices.
//!   2. Tables built from that list: types, members, decls, functions.
//!   3. Probes for the layouts only a running program can see (probes.zig).
//!
//! Whose declarations are exported: those of every reachable container
//! (struct, union, enum, opaque) that is not declared in std — the module,
//! types of the user's other files, types reached only through a field or a
//! parameter (their pub fns are methods). std's are not walked: that would
//! analyse std code the user never referenced, which can fail to compile
//! (deprecation @compileErrors) and multiplies the table and the build time;
//! std.mem.Allocator is recognised by identity anyway.

const std = @import("std");
const builtin = @import("builtin");
const abi = @import("abi.zig");
const thunks = @import("thunks.zig");
const js_allocator = @import("js_allocator.zig");
const probes = @import("probes.zig");
const closures = @import("closures.zig");
const promise = @import("promise.zig");
const generator = @import("generator.zig");
const abort_signal = @import("abort_signal.zig");
/// The build's options (runtime/zig_build.c generates this module, a
/// dependency of zigar: docs/zig-build.md).
const options = @import("zigar_options");

/// Exports `zigar_module_entry` for module `M`. Call it from a comptime block
/// of the library's root (see README.md).
pub fn exportModule(comptime M: type) void {
    @export(&Exporter(M).entry, .{ .name = abi.ENTRY_SYMBOL });
}

// Comptime evaluation of a big module easily passes the default 1000
// backwards branches; the walk is bounded by the module's size anyway.
const quota = 10_000_000;

fn Exporter(comptime M: type) type {
    return struct {
        const stem: [:0]const u8 = @typeName(M);
        const collected = collect(M);
        const types = collected.types;
        const walked = collected.walked;
        const tables = build(M, types, walked);

        // `var` because zigar_module_entry fills in the probed layouts.
        var type_table: [types.len]abi.Type = tables.types;
        var member_table: [tables.members.len]abi.Member = tables.members;
        const decl_table: [tables.decls.len]abi.Decl = tables.decls;
        const function_table: [tables.functions.len]abi.Function = tables.functions;
        const callback_table = buildCallbacks(types);
        const promise_table = buildPromises(types);
        const probe_list = tables.probes;

        var module: abi.Module = .{
            .abi_version = abi.ABI_VERSION,
            .flags = 0,
            .name = stem,
            .zig_version = builtin.zig_version_string,
            .optimize = @tagName(builtin.mode),
            .types = &type_table,
            .type_count = types.len,
            .root_type = 0,
            .members = &member_table,
            .member_count = tables.members.len,
            .decl_count = tables.decls.len,
            .decls = &decl_table,
            .functions = &function_table,
            .function_count = tables.functions.len,
            .reserved = 0,
            .js_allocator_vtable = &js_allocator.vtable,
            .callbacks = &callback_table,
            .callback_count = callback_table.len,
            .reserved2 = 0,
            .allocator_alloc = &closures.allocatorAlloc,
            .promises = &promise_table,
            .promise_count = promise_table.len,
            .reserved3 = 0,
            .direct_host = &thunks.direct_host,
        };

        var probed = false;

        fn entry(host: *const abi.Host) callconv(.c) *const abi.Module {
            js_allocator.host = host;
            if (!probed) {
                inline for (probe_list) |p| {
                    const r = p.run();
                    type_table[p.index].offset_a = r.a;
                    type_table[p.index].offset_b = r.b;
                    // Union members sit at the measured payload offset.
                    if (type_table[p.index].kind == abi.KIND_UNION) {
                        const t = &type_table[p.index];
                        // A bare union whose hidden tag was not found has none
                        // (the compiler dropped it): no child then.
                        if (t.flags & abi.FLAG_TAGGED == 0 and r.b == probes.none) {
                            t.child = -1;
                            t.offset_b = 0;
                        }
                        for (member_table[t.member_start..][0..t.member_count]) |*m| {
                            m.bit_offset = @as(u64, r.a) * 8;
                        }
                    }
                }
                probed = true;
            }
            return &module;
        }
    };
}

// ---- type lists -------------------------------------------------------------

fn indexOf(comptime list: []const type, comptime T: type) i32 {
    for (list, 0..) |U, i| {
        if (U == T) return i;
    }
    return -1;
}

fn contains(comptime list: []const type, comptime T: type) bool {
    return indexOf(list, T) >= 0;
}

fn add(comptime list: []const type, comptime T: type) []const type {
    if (contains(list, T)) return list;
    return list ++ [1]type{T};
}

fn addAll(comptime list: []const type, comptime more: []const type) []const type {
    var out = list;
    for (more) |T| out = add(out, T);
    return out;
}

// ---- classification ---------------------------------------------------------

/// Types whose values only exist at compile time. Computed by hand because
/// Zig has no builtin for it; `seen` breaks cycles through pointers (a
/// pointer cycle back to a type under test cannot make it comptime-only).
pub fn isComptimeOnly(comptime T: type) bool {
    @setEvalBranchQuota(quota);
    return comptimeOnly(T, &.{});
}

fn comptimeOnly(comptime T: type, comptime seen: []const type) bool {
    if (contains(seen, T)) return false;
    const s = seen ++ [1]type{T};
    return switch (@typeInfo(T)) {
        .type, .comptime_int, .comptime_float, .enum_literal, .null, .undefined, .@"fn" => true,
        .pointer => |p| if (@typeInfo(p.child) == .@"fn") !fnIsRuntime(p.child, s) else comptimeOnly(p.child, s),
        .array => |a| comptimeOnly(a.child, s),
        .optional => |o| comptimeOnly(o.child, s),
        .error_union => |e| comptimeOnly(e.payload, s),
        .@"struct" => |st| blk: {
            if (T == std.mem.Allocator) break :blk false;
            for (st.fields) |f| {
                if (!f.is_comptime and comptimeOnly(f.type, s)) break :blk true;
            }
            break :blk false;
        },
        .@"union" => |u| blk: {
            for (u.fields) |f| {
                if (comptimeOnly(f.type, s)) break :blk true;
            }
            break :blk false;
        },
        else => false,
    };
}

/// Whether a function type can be called at run time with runtime values.
fn fnIsRuntime(comptime F: type, comptime seen: []const type) bool {
    const info = @typeInfo(F).@"fn";
    if (info.is_generic) return false;
    const R = info.return_type orelse return false;
    for (info.params) |p| {
        if (p.is_generic) return false;
        const P = p.type orelse return false;
        if (comptimeOnly(P, seen)) return false;
    }
    return !comptimeOnly(R, seen);
}

/// Functions we export: no anytype/comptime/generic parameters, nothing
/// comptime-only in the signature, callable (not naked), not variadic (a
/// thunk cannot forward C varargs).
fn isExportableFn(comptime F: type) bool {
    const info = @typeInfo(F).@"fn";
    if (info.is_var_args) return false;
    if (std.meta.activeTag(info.calling_convention) == .naked) return false;
    return fnIsRuntime(F, &.{});
}

const DeclKind = enum { type, function, constant, variable, comptime_value, skip };

fn declKind(comptime C: type, comptime name: []const u8) DeclKind {
    const T = @TypeOf(@field(C, name));
    if (T == type) return .type;
    switch (@typeInfo(T)) {
        // omitFunctions: no pub fn anywhere (module functions and methods)
        .@"fn" => return if (!options.omit_functions and isExportableFn(T)) .function else .skip,
        .comptime_int, .comptime_float, .enum_literal, .null, .undefined => return .comptime_value,
        .@"opaque", .noreturn => return .skip,
        else => {},
    }
    // Other comptime-only values (a `[]const type`, a struct holding a type)
    // have no representation the runtime could read: not exported.
    if (isComptimeOnly(T)) return .skip;
    // A `pub var` yields a mutable pointer, a `pub const` a const one.
    const is_const = @typeInfo(@TypeOf(&@field(C, name))).pointer.is_const;
    if (is_const) return .constant;
    // omitVariables: no pub var anywhere (module and container statics)
    return if (options.omit_variables) .skip else .variable;
}

/// How a comptime-only value is stored for the runtime (DECL_COMPTIME,
/// comptime fields): comptime_int as i64 when it fits, otherwise as the
/// smallest 64-bit-multiple int type that holds it (then `type` is that INT
/// type, not COMPTIME_INT); comptime_float as f64; an enum literal as its
/// NUL-terminated name; null/undefined without bytes.
const Repr = struct { T: type, ptr: ?*const anyopaque };

fn comptimeRepr(comptime T: type, comptime v: T) Repr {
    switch (@typeInfo(T)) {
        .comptime_int => {
            if (v >= std.math.minInt(i64) and v <= std.math.maxInt(i64)) {
                return .{ .T = T, .ptr = staticBytes(i64, v) };
            }
            const magnitude = if (v < 0) -(v + 1) else v;
            const needed = std.math.log2_int_ceil(u65535, magnitude + 1) + @intFromBool(v < 0);
            const bits = (needed + 63) / 64 * 64;
            const I = std.meta.Int(if (v < 0) .signed else .unsigned, bits);
            return .{ .T = I, .ptr = staticBytes(I, v) };
        },
        .comptime_float => return .{ .T = T, .ptr = staticBytes(f64, v) },
        .enum_literal => return .{ .T = T, .ptr = @as([*:0]const u8, @tagName(v)) },
        else => return .{ .T = T, .ptr = null },
    }
}

fn isComptimeValueType(comptime T: type) bool {
    return switch (@typeInfo(T)) {
        .comptime_int, .comptime_float, .enum_literal, .null, .undefined => true,
        else => false,
    };
}

/// A pointer to static bytes holding `v`: a container-level const of its own,
/// so the bytes live in the library's .rodata.
fn staticPtr(comptime T: type, comptime v: T) *const T {
    return &struct {
        const value: T = v;
    }.value;
}

/// staticPtr as an untyped address (a `*const *T` does not coerce to
/// `*const anyopaque` implicitly).
fn staticBytes(comptime T: type, comptime v: T) *const anyopaque {
    return @ptrCast(staticPtr(T, v));
}

/// The type a struct field is reported with: for a comptime field of
/// comptime_int type whose value needs more than i64, the INT type its bytes
/// are stored as.
fn memberType(comptime f: std.builtin.Type.StructField) type {
    if (f.is_comptime and f.type == comptime_int) {
        if (f.defaultValue()) |v| return comptimeRepr(f.type, v).T;
    }
    return f.type;
}

fn isContainer(comptime T: type) bool {
    return switch (@typeInfo(T)) {
        .@"struct", .@"union", .@"enum", .@"opaque" => true,
        else => false,
    };
}

fn declsOf(comptime T: type) []const std.builtin.Type.Declaration {
    return switch (@typeInfo(T)) {
        .@"struct" => |s| s.decls,
        .@"union" => |u| u.decls,
        .@"enum" => |e| e.decls,
        .@"opaque" => |o| o.decls,
        else => &.{},
    };
}

fn startsWith(comptime s: []const u8, comptime prefix: []const u8) bool {
    return s.len >= prefix.len and std.mem.eql(u8, s[0..prefix.len], prefix);
}

/// `known`: the types found so far (the module's own struct first).
fn isWalkable(comptime T: type, comptime known: []const type) bool {
    if (!isContainer(T)) return false;
    if (T == std or T == std.mem.Allocator) return false;
    if (promise.isPromise(T)) return false; // the runtime's own: nothing to export
    if (generator.isGenerator(T) or abort_signal.isAbortSignal(T)) return false;
    return !isFromStd(T, known);
}

/// Whether a type is declared in std. @typeName gives a path relative to its
/// module's root file ("array_list.Aligned(u8,null)", "mem.Allocator",
/// "Io.Writer", "enums.EnumSet(enums.Pet)"), without the module's name, so a
/// std type's first segment names a std file that std exposes under that
/// name (`std.enums` is the struct "enums").
///
/// A user file can have the same name: the module `enums.zig` is the struct
/// "enums" too, and its types are "enums.Pet". So:
///   - the file's struct itself is std's iff it *is* that std namespace;
///   - with no user file of that name among the types found so far, the type
///     is std's;
///   - otherwise the declaration the name starts with decides ("Pet" in
///     "enums.Pet", "EnumSet" in "enums.EnumSet(enums.Pet)", "Anon" in
///     "enums.Anon__struct_255", "f" in "enums.f()"): a pub decl of the user
///     file → the user's; else a pub decl of the std namespace → std's; else
///     (private declarations, invisible to @hasDecl) → the user's.
fn isFromStd(comptime T: type, comptime known: []const type) bool {
    const name = @typeName(T);
    const end = std.mem.indexOfAny(u8, name, ".(") orelse name.len;
    const seg = name[0..end];
    if (!@hasDecl(std, seg)) return false;
    const V = @field(std, seg);
    if (@TypeOf(V) != type) return false;
    if (!std.mem.eql(u8, @typeName(V), seg)) return false;
    if (T == V) return true;
    if (end == name.len) return false; // a user file called like a std one
    const F = userFileNamed(seg, V, known) orelse return true;
    if (name[end] != '.') return true;
    const head = declHead(name[end + 1 ..]);
    if (@hasDecl(F, head)) return false;
    return @hasDecl(V, head);
}

/// A container among `known` that is not `V` but has `V`'s @typeName: a
/// user's file named like a std namespace.
fn userFileNamed(comptime seg: []const u8, comptime V: type, comptime known: []const type) ?type {
    for (known) |U| {
        if (U != V and isContainer(U) and std.mem.eql(u8, @typeName(U), seg)) return U;
    }
    return null;
}

/// The declaration a type name (after its file's segment) starts with:
/// "Pet", "EnumSet(…)" → "EnumSet", "h.Local" → "h", "f()" → "f",
/// "Anon__struct_255" (an anonymous type in decl Anon) → "Anon".
fn declHead(comptime rest: []const u8) []const u8 {
    const head = rest[0 .. std.mem.indexOfAny(u8, rest, ".(") orelse rest.len];
    const i = std.mem.lastIndexOf(u8, head, "__") orelse return head;
    const suffix = head[i + 2 ..];
    for ([_][]const u8{ "struct_", "union_", "enum_", "opaque_" }) |kind| {
        if (startsWith(suffix, kind) and suffix.len > kind.len) {
            for (suffix[kind.len..]) |c| {
                if (!std.ascii.isDigit(c)) return head;
            }
            return head[0..i];
        }
    }
    return head;
}

// ---- 1. collecting the types --------------------------------------------------

/// The function type F when T is a pointer to a function the module can
/// receive from JS (a JS function becomes such a pointer: closures.zig).
fn callbackFn(comptime T: type) ?type {
    const p = switch (@typeInfo(T)) {
        .pointer => |p| p,
        else => return null,
    };
    if (p.size != .one or @typeInfo(p.child) != .@"fn") return null;
    if (!fnIsRuntime(p.child, &.{})) return null;
    if (!closures.supported(p.child)) return null;
    return p.child;
}

/// One zigar_callback per function type reachable through a pointer.
fn buildCallbacks(comptime types: []const type) [callbackTypes(types).len]abi.Callback {
    @setEvalBranchQuota(quota);
    const fns = callbackTypes(types);
    var out: [fns.len]abi.Callback = undefined;
    for (fns, 0..) |F, i| {
        const info = @typeInfo(F).@"fn";
        out[i] = .{
            .type = indexOf(types, F),
            .args_type = indexOf(types, thunks.ArgsStructOf(F)),
            .handler = closures.handlerOf(F),
            .flags = if (@typeInfo(info.return_type.?) == .error_union) abi.FN_RETURNS_ERROR_UNION else 0,
            .reserved = 0,
        };
    }
    return out;
}

/// One zigar_promise per Promise(T) type.
fn buildPromises(comptime types: []const type) [promiseTypes(types).len]abi.Promise {
    @setEvalBranchQuota(quota);
    const ps = promiseTypes(types);
    var out: [ps.len]abi.Promise = undefined;
    for (ps, 0..) |P, i| {
        if (generator.isGenerator(P)) {
            const Y = generator.Yield(P.payload);
            var gflags: u32 = abi.PROMISE_GENERATOR;
            if (hasPointers(P.payload, &.{})) gflags |= abi.PROMISE_HAS_POINTERS;
            if (@typeInfo(P.payload) == .error_union) gflags |= abi.PROMISE_ERROR_UNION;
            out[i] = .{
                .type = indexOf(types, P),
                .args_type = indexOf(types, Y.Args),
                .settle = @ptrCast(&Y.yield),
                .resolve = &Y.resolve,
                .flags = gflags,
                .reserved = 0,
            };
            continue;
        }
        const S = promise.Settle(P.payload);
        var flags: u32 = 0;
        if (hasPointers(P.payload, &.{})) flags |= abi.PROMISE_HAS_POINTERS;
        if (@typeInfo(P.payload) == .error_union) flags |= abi.PROMISE_ERROR_UNION;
        out[i] = .{
            .type = indexOf(types, P),
            .args_type = indexOf(types, S.Args),
            .settle = @ptrCast(&S.settle),
            .resolve = &S.resolve,
            .flags = flags,
            .reserved = 0,
        };
    }
    return out;
}

fn promiseTypes(comptime types: []const type) []const type {
    @setEvalBranchQuota(quota);
    var ps: []const type = &.{};
    for (types) |T| {
        if (promise.isPromise(T) or generator.isGenerator(T)) ps = ps ++ [1]type{T};
    }
    return ps;
}

/// Whether values of T hold pointers (a promise's value is then read by JS
/// before a settle from another thread returns).
fn hasPointers(comptime T: type, comptime seen: []const type) bool {
    if (contains(seen, T)) return false;
    const s = seen ++ [1]type{T};
    return switch (@typeInfo(T)) {
        .pointer => true,
        .array => |a| hasPointers(a.child, s),
        .optional => |o| hasPointers(o.child, s),
        .error_union => |e| hasPointers(e.payload, s),
        .@"struct" => |st| blk: {
            for (st.fields) |f| {
                if (!f.is_comptime and hasPointers(f.type, s)) break :blk true;
            }
            break :blk false;
        },
        .@"union" => |u| blk: {
            for (u.fields) |f| {
                if (hasPointers(f.type, s)) break :blk true;
            }
            break :blk false;
        },
        else => false,
    };
}

fn callbackTypes(comptime types: []const type) []const type {
    @setEvalBranchQuota(quota);
    var fns: []const type = &.{};
    for (types) |T| {
        if (callbackFn(T)) |F| fns = add(fns, F);
    }
    return fns;
}

/// Types a type refers to by its structure.
fn structuralChildren(comptime T: type) []const type {
    if (T == std.mem.Allocator) return &.{}; // recognised by identity, internals private
    // A promise: its value type and the argument struct the runtime reads it
    // from; its own fields are the runtime's business.
    if (promise.isPromise(T)) return &.{ T.payload, promise.Settle(T.payload).Args };
    if (generator.isGenerator(T)) return &.{ T.payload, generator.Yield(T.payload).Args };
    if (abort_signal.isAbortSignal(T)) return &.{};
    var out: []const type = &.{};
    if (callbackFn(T)) |F| out = add(out, thunks.ArgsStructOf(F)); // the handler's argument struct
    switch (@typeInfo(T)) {
        .pointer => |p| out = add(out, p.child),
        .array => |a| out = add(out, a.child),
        .vector => |v| out = add(out, v.child),
        .optional => |o| out = add(out, o.child),
        .error_union => |e| {
            out = add(out, e.payload);
            out = add(out, e.error_set);
        },
        .@"struct" => |s| for (s.fields) |f| {
            out = add(out, memberType(f));
        },
        .@"union" => |u| {
            if (u.tag_type) |tag| out = add(out, tag);
            if (probes.HiddenTag(T)) |H| out = add(out, H);
            for (u.fields) |f| out = add(out, f.type);
        },
        .@"enum" => |e| out = add(out, e.tag_type),
        .@"fn" => |f| {
            for (f.params) |p| {
                if (p.type) |P| out = add(out, P);
            }
            if (f.return_type) |R| out = add(out, R);
        },
        else => {},
    }
    return out;
}

const Collected = struct { types: []const type, walked: []const type };

fn collect(comptime M: type) Collected {
    @setEvalBranchQuota(quota);
    comptime var types: []const type = &.{M};
    comptime var walked: []const type = &.{};
    comptime var expanded: usize = 0;
    // Alternate the two expansions until neither finds anything new.
    while (true) {
        var progress = false;
        while (expanded < types.len) : (expanded += 1) {
            types = addAll(types, structuralChildren(types[expanded]));
            progress = true;
        }
        for (types) |C| {
            if (contains(walked, C) or !isWalkable(C, types)) continue;
            walked = walked ++ [1]type{C};
            progress = true;
            for (declsOf(C)) |d| {
                switch (declKind(C, d.name)) {
                    .type => types = add(types, @field(C, d.name)),
                    .function => {
                        const f = @field(C, d.name);
                        types = add(types, @TypeOf(f));
                        types = add(types, thunks.ArgsStruct(f));
                    },
                    .constant, .variable => types = add(types, @TypeOf(@field(C, d.name))),
                    .comptime_value => {
                        const V = @TypeOf(@field(C, d.name));
                        types = add(types, comptimeRepr(V, @field(C, d.name)).T);
                    },
                    .skip => {},
                }
            }
        }
        if (!progress) break;
    }
    return .{ .types = types, .walked = walked };
}

// ---- 2. the tables ------------------------------------------------------------

const ProbeEntry = struct { index: u32, run: probes.Fn };

fn Tables(comptime n_types: usize, comptime n_members: usize, comptime n_decls: usize, comptime n_functions: usize) type {
    return struct {
        types: [n_types]abi.Type,
        members: [n_members]abi.Member,
        decls: [n_decls]abi.Decl,
        functions: [n_functions]abi.Function,
        probes: []const ProbeEntry,
    };
}

fn memberCount(comptime T: type) usize {
    if (T == std.mem.Allocator or promise.isPromise(T) or generator.isGenerator(T) or abort_signal.isAbortSignal(T)) return 0;
    return switch (@typeInfo(T)) {
        .@"struct" => |s| s.fields.len,
        .@"union" => |u| u.fields.len,
        .@"enum" => |e| e.fields.len,
        .error_set => |es| if (es) |set| set.len else 0,
        .@"fn" => |f| f.params.len,
        else => 0,
    };
}

fn exportedDeclCount(comptime C: type) usize {
    var n: usize = 0;
    for (declsOf(C)) |d| {
        if (declKind(C, d.name) != .skip) n += 1;
    }
    return n;
}

fn exportedFnCount(comptime C: type) usize {
    var n: usize = 0;
    for (declsOf(C)) |d| {
        if (declKind(C, d.name) == .function) n += 1;
    }
    return n;
}

fn counts(comptime types: []const type, comptime walked: []const type) [3]usize {
    @setEvalBranchQuota(quota);
    var c: [3]usize = .{ 0, 0, 0 };
    for (types) |T| c[0] += memberCount(T);
    for (types) |T| {
        if (contains(walked, T)) {
            c[1] += exportedDeclCount(T);
            c[2] += exportedFnCount(T);
        }
    }
    return c;
}

fn build(comptime M: type, comptime types: []const type, comptime walked: []const type) Tables(types.len, counts(types, walked)[0], counts(types, walked)[1], counts(types, walked)[2]) {
    @setEvalBranchQuota(quota);
    const c = counts(types, walked);
    var out: Tables(types.len, c[0], c[1], c[2]) = undefined;
    var probe_list: []const ProbeEntry = &.{};
    var m: usize = 0;
    var d: usize = 0;
    var f: usize = 0;
    for (types, 0..) |T, i| {
        var t = describe(T, types);
        t.member_start = m;
        t.member_count = memberCount(T);
        for (0..t.member_count) |k| {
            out.members[m + k] = describeMember(T, k, types);
        }
        m += t.member_count;
        t.decl_start = d;
        if (contains(walked, T)) {
            for (declsOf(T)) |decl| {
                const kind = declKind(T, decl.name);
                if (kind == .skip) continue;
                out.decls[d] = describeDecl(T, decl.name, kind, types, f);
                d += 1;
                if (kind == .function) {
                    out.functions[f] = describeFunction(T, decl.name, types);
                    f += 1;
                }
            }
        }
        t.decl_count = d - t.decl_start;
        if (probeFor(T)) |run| {
            probe_list = probe_list ++ [1]ProbeEntry{.{ .index = i, .run = run }};
        }
        out.types[i] = t;
    }
    _ = M;
    // A module that can receive JS functions may call JS from any of its
    // functions (a stored callback), and V8 Fast API calls must never run
    // JS: no fast entries then (runtime/zig_closures.c).
    // The same for promises: resolving one on the JS thread runs JS.
    if (callbackTypes(types).len > 0 or promiseTypes(types).len > 0) {
        for (&out.functions) |*fun| {
            fun.fast_entry = null;
            fun.direct_entry = null;
            fun.direct_signature = null;
        }
    }
    out.probes = probe_list;
    return out;
}

fn hasSize(comptime T: type) bool {
    return switch (@typeInfo(T)) {
        .@"opaque", .noreturn, .@"fn", .frame, .@"anyframe" => false,
        // error{} has no values, hence no alignment (@alignOf rejects it)
        .error_set => |es| if (es) |set| set.len > 0 else true,
        else => !isComptimeOnly(T),
    };
}

fn describe(comptime T: type, comptime types: []const type) abi.Type {
    var t: abi.Type = .{
        .kind = abi.KIND_UNSUPPORTED,
        .flags = 0,
        .name = @typeName(T),
        .size = 0,
        .alignment = 1,
        .bits = 0,
        .child = -1,
        .child2 = -1,
        .length = 0,
        .member_start = 0,
        .member_count = 0,
        .decl_start = 0,
        .decl_count = 0,
        .sentinel = null,
        .offset_a = 0,
        .offset_b = 0,
    };
    if (hasSize(T)) {
        t.size = @sizeOf(T);
        t.alignment = @alignOf(T);
        t.bits = @bitSizeOf(T);
    } else if (isComptimeOnly(T)) {
        t.flags |= abi.FLAG_COMPTIME_ONLY;
    }
    if (T == std.mem.Allocator) {
        t.kind = abi.KIND_ALLOCATOR;
        return t;
    }
    if (promise.isPromise(T)) {
        t.kind = abi.KIND_PROMISE;
        t.child = indexOf(types, T.payload);
        t.child2 = indexOf(types, promise.Settle(T.payload).Args);
        t.offset_a = @offsetOf(T, "ptr");
        t.offset_b = @offsetOf(T, "callback");
        return t;
    }
    if (generator.isGenerator(T)) {
        t.kind = abi.KIND_GENERATOR;
        t.child = indexOf(types, T.payload);
        t.child2 = indexOf(types, generator.Yield(T.payload).Args);
        t.offset_a = @offsetOf(T, "ptr");
        t.offset_b = @offsetOf(T, "callback");
        return t;
    }
    if (abort_signal.isAbortSignal(T)) {
        t.kind = abi.KIND_ABORT_SIGNAL;
        t.offset_a = @offsetOf(T, "ptr");
        return t;
    }
    switch (@typeInfo(T)) {
        .type => t.kind = abi.KIND_TYPE,
        .void => t.kind = abi.KIND_VOID,
        .bool => t.kind = abi.KIND_BOOL,
        .noreturn => t.kind = abi.KIND_NORETURN,
        .int => |info| {
            t.kind = abi.KIND_INT;
            t.bits = info.bits;
            if (info.signedness == .signed) t.flags |= abi.FLAG_SIGNED;
        },
        .float => |info| {
            t.kind = abi.KIND_FLOAT;
            t.bits = info.bits;
        },
        .pointer => |p| {
            t.kind = abi.KIND_POINTER;
            t.child = indexOf(types, p.child);
            t.flags |= switch (p.size) {
                .one => abi.FLAG_PTR_ONE,
                .many => abi.FLAG_PTR_MANY,
                .slice => abi.FLAG_PTR_SLICE,
                .c => abi.FLAG_PTR_C,
            };
            if (p.is_const) t.flags |= abi.FLAG_CONST;
            if (p.is_allowzero) t.flags |= abi.FLAG_ALLOWZERO;
            // sentinel_ptr rather than sentinel(): the latter builds ?child,
            // which does not exist for opaque children (*anyopaque).
            if (p.sentinel_ptr) |sp| {
                t.flags |= abi.FLAG_HAS_SENTINEL;
                const s = @as(*const p.child, @ptrCast(@alignCast(sp))).*;
                t.sentinel = staticBytes(p.child, s);
            }
        },
        .array => |a| {
            t.kind = abi.KIND_ARRAY;
            t.child = indexOf(types, a.child);
            t.length = a.len;
            if (a.sentinel()) |s| {
                t.flags |= abi.FLAG_HAS_SENTINEL;
                if (!isComptimeOnly(a.child)) t.sentinel = staticBytes(a.child, s);
            }
        },
        .vector => |v| {
            t.kind = abi.KIND_VECTOR;
            t.child = indexOf(types, v.child);
            t.length = v.len;
        },
        .@"struct" => |s| {
            t.kind = abi.KIND_STRUCT;
            switch (s.layout) {
                .auto => {},
                .@"extern" => t.flags |= abi.FLAG_EXTERN,
                .@"packed" => t.flags |= abi.FLAG_PACKED,
            }
            if (s.is_tuple) t.flags |= abi.FLAG_TUPLE;
        },
        .@"union" => |u| {
            t.kind = abi.KIND_UNION;
            switch (u.layout) {
                .auto => {},
                .@"extern" => t.flags |= abi.FLAG_EXTERN,
                .@"packed" => t.flags |= abi.FLAG_PACKED,
            }
            if (u.tag_type) |tag| {
                t.flags |= abi.FLAG_TAGGED;
                t.child = indexOf(types, tag);
            } else if (probes.HiddenTag(T)) |H| {
                // Not TAGGED but with a child: Zig's hidden safety tag (the
                // active field's index), at offset_b once probed.
                t.child = indexOf(types, H);
            }
        },
        .@"enum" => |e| {
            t.kind = abi.KIND_ENUM;
            t.child = indexOf(types, e.tag_type);
            if (!e.is_exhaustive) t.flags |= abi.FLAG_NON_EXHAUSTIVE;
        },
        .error_set => |es| {
            t.kind = abi.KIND_ERROR_SET;
            if (es == null) t.flags |= abi.FLAG_ANYERROR;
        },
        .error_union => |e| {
            t.kind = abi.KIND_ERROR_UNION;
            t.child = indexOf(types, e.payload);
            t.child2 = indexOf(types, e.error_set);
        },
        .optional => |o| {
            t.kind = abi.KIND_OPTIONAL;
            t.child = indexOf(types, o.child);
            if (optionalIsPointerNull(T)) t.flags |= abi.FLAG_OPTIONAL_PTR_NULL;
            if (optionalIsZeroNull(T)) t.flags |= abi.FLAG_OPTIONAL_ZERO_NULL;
        },
        .@"opaque" => t.kind = abi.KIND_OPAQUE,
        .@"fn" => |info| {
            t.kind = abi.KIND_FUNCTION;
            if (info.return_type) |R| t.child = indexOf(types, R);
            if (std.meta.activeTag(info.calling_convention) == std.meta.activeTag(std.builtin.CallingConvention.c)) {
                t.flags |= abi.FLAG_CALLCONV_C;
            }
            if (info.is_var_args) t.flags |= abi.FLAG_VARIADIC;
        },
        .comptime_int => t.kind = abi.KIND_COMPTIME_INT,
        .comptime_float => t.kind = abi.KIND_COMPTIME_FLOAT,
        .enum_literal => t.kind = abi.KIND_ENUM_LITERAL,
        .null => t.kind = abi.KIND_NULL,
        .undefined => t.kind = abi.KIND_UNDEFINED,
        .frame, .@"anyframe" => t.kind = abi.KIND_UNSUPPORTED,
    }
    return t;
}

/// `?P` stores null as address 0 (no flag byte) when P is a pointer that
/// cannot be 0 by itself: *T, [*]T, []T (null = ptr 0) and function
/// pointers, all without allowzero. Checked against the size too, so a
/// compiler that chose otherwise would get a probe instead of a wrong flag.
fn optionalIsPointerNull(comptime O: type) bool {
    const P = @typeInfo(O).optional.child;
    if (isComptimeOnly(P)) return false;
    return switch (@typeInfo(P)) {
        .pointer => |p| !p.is_allowzero and p.size != .c and @sizeOf(O) == @sizeOf(P),
        else => false,
    };
}

/// `?P` has no flag byte and null is P's all-zero bytes: the pointers above,
/// and error sets, whose null is error code 0 (`?error{A}` and `?anyerror`
/// are 2 bytes; `?error{}` is 0 bytes, always null). Measured with Zig
/// 0.15.2: no other payload (bool, enums, odd ints, structs or unions holding
/// pointers, error unions) loses its flag byte. Checked against the size.
fn optionalIsZeroNull(comptime O: type) bool {
    if (optionalIsPointerNull(O)) return true;
    const P = @typeInfo(O).optional.child;
    return switch (@typeInfo(P)) {
        .error_set => @sizeOf(O) == (if (hasSize(P)) @sizeOf(P) else 0),
        else => false,
    };
}

fn probeFor(comptime T: type) ?probes.Fn {
    if (!hasSize(T)) return null;
    switch (@typeInfo(T)) {
        .optional => return if (optionalIsZeroNull(T)) null else &struct {
            fn run() probes.Result {
                return probes.optional(T);
            }
        }.run,
        .error_union => return &struct {
            fn run() probes.Result {
                return probes.errorUnion(T);
            }
        }.run,
        .@"union" => |u| return if (u.layout == .auto) &struct {
            fn run() probes.Result {
                return probes.taggedUnion(T);
            }
        }.run else null,
        else => return null,
    }
}

fn describeMember(comptime T: type, comptime k: usize, comptime types: []const type) abi.Member {
    var m: abi.Member = .{
        .name = null,
        .type = -1,
        .flags = 0,
        .bit_offset = 0,
        .bit_size = 0,
        .value = 0,
        .default_value = null,
    };
    switch (@typeInfo(T)) {
        .@"struct" => |s| {
            const f = s.fields[k];
            const F = memberType(f);
            m.name = f.name;
            m.type = indexOf(types, F);
            if (f.is_comptime) {
                m.flags |= abi.MEMBER_COMPTIME;
            } else if (!isComptimeOnly(T)) {
                m.bit_offset = @bitOffsetOf(T, f.name);
            }
            if (!f.is_comptime and hasSize(f.type)) m.bit_size = @bitSizeOf(f.type);
            if (f.defaultValue()) |v| {
                if (!f.is_comptime) m.flags |= abi.MEMBER_HAS_DEFAULT;
                if (isComptimeValueType(f.type)) {
                    m.default_value = comptimeRepr(f.type, v).ptr;
                } else if (!isComptimeOnly(f.type)) {
                    m.default_value = staticBytes(f.type, v);
                }
            }
        },
        .@"union" => |u| {
            const f = u.fields[k];
            m.name = f.name;
            m.type = indexOf(types, f.type);
            if (hasSize(f.type)) m.bit_size = @bitSizeOf(f.type);
            // Auto layouts: the probe sets the payload offset at load time.
        },
        .@"enum" => |e| {
            const f = e.fields[k];
            m.name = f.name;
            m.value = twosComplement(f.value);
        },
        .error_set => |es| {
            const name = es.?[k].name;
            m.name = name;
            m.value = @intFromError(@field(anyerror, name));
        },
        .@"fn" => |info| {
            if (info.params[k].type) |P| m.type = indexOf(types, P);
        },
        else => unreachable,
    }
    return m;
}

/// Enum values as i64 bit patterns: negative values as is, values above
/// maxInt(i64) (u64 tags) wrapped; wider tags keep their low 64 bits.
fn twosComplement(comptime v: comptime_int) i64 {
    if (v < 0 and v >= std.math.minInt(i64)) return v;
    const low: u64 = @truncate(@as(u65535, @intCast(if (v < 0) v + (1 << 65534) else v)));
    return @bitCast(low);
}

fn describeDecl(comptime C: type, comptime name: [:0]const u8, comptime kind: DeclKind, comptime types: []const type, comptime fn_index: usize) abi.Decl {
    var d: abi.Decl = .{
        .name = name,
        .kind = 0,
        .type = -1,
        .address = null,
        .function = -1,
        .reserved = 0,
    };
    // Only read the value where it is comptime-known: a `pub var` is not.
    const T = @TypeOf(@field(C, name));
    switch (kind) {
        .type => {
            d.kind = abi.DECL_TYPE;
            d.type = indexOf(types, @field(C, name));
        },
        .function => {
            d.kind = abi.DECL_FUNCTION;
            d.type = indexOf(types, T);
            d.function = fn_index;
        },
        .constant => {
            d.kind = abi.DECL_CONST;
            d.type = indexOf(types, T);
            d.address = @ptrCast(&@field(C, name));
        },
        .variable => {
            d.kind = abi.DECL_VAR;
            d.type = indexOf(types, T);
            d.address = @ptrCast(&@field(C, name));
        },
        .comptime_value => {
            const r = comptimeRepr(T, @field(C, name));
            d.kind = abi.DECL_COMPTIME;
            d.type = indexOf(types, r.T);
            d.address = r.ptr;
        },
        .skip => unreachable,
    }
    return d;
}

fn describeFunction(comptime C: type, comptime name: [:0]const u8, comptime types: []const type) abi.Function {
    const f = @field(C, name);
    const F = @TypeOf(f);
    const info = @typeInfo(F).@"fn";
    var flags: u32 = 0;
    if (thunks.returnsErrorUnion(f)) flags |= abi.FN_RETURNS_ERROR_UNION;
    if (info.params.len > 0) {
        const P = info.params[0].type.?;
        if (P == C or P == *C or P == *const C) flags |= abi.FN_METHOD;
    }
    return .{
        .name = name,
        .type = indexOf(types, F),
        .args_type = indexOf(types, thunks.ArgsStruct(f)),
        .thunk = &thunks.Thunk(f).call,
        .flags = flags,
        .reserved = 0,
        .fast_entry = thunks.fastEntry(f),
        .direct_entry = thunks.directEntry(f),
        .direct_signature = thunks.directSignature(f),
    };
}
