//! Functions only (Debug): closed once abandoned and collected.
pub fn add(a: i32, b: i32) i32 {
    return a + b;
}

pub fn twice(s: []const u8) usize {
    return s.len * 2;
}

pub fn neverCalled() i32 {
    return 7;
}
