pub fn returnStruct() struct {
    int: i32,
    float: f64,
} {
    return .{ .int = 123, .float = 3.14 };
}
