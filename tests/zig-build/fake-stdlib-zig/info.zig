pub const suffix = "";
