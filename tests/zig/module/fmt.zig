pub fn twice(x: u32) u32 { return x * 2; }
