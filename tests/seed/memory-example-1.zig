const std = @import("std");

pub const Actor = struct {
    name: []u8,
    age: u32,
};

pub fn print(actor: Actor) void {
    std.debug.print("{s} is {d} years' old\n", .{ actor.name, actor.age });
}

pub fn deage(actor: *Actor, years: u32) void {
    actor.age -= years;
}
