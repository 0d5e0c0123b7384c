pub fn ok() i32 {
    return 1;
}

pub fn broken( i32 {
    return 2;
}
