pub fn typeError() i32 {
    const s: []const u8 = "x";
    return s;
}
