pub fn returnString() []const u8 {
    return "Hello world";
}
