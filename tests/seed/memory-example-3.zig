pub fn returnBool() bool {
    return true;
}

pub fn returnInt() i32 {
    return 123;
}
