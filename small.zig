// A small module for bench/startup.sh's cached-import case.
pub fn add(a: i32, b: i32) i32 {
    return a + b;
}

pub const Pair = struct { a: i32, b: i32 };
