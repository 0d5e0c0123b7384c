//! Imported as ReleaseFast: numeric functions get V8 Fast API entries.
pub fn addI32(a: i32, b: i32) i32 {
    return a +% b;
}
