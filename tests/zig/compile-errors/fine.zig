pub fn fine() i32 { return 7; }
