//! Another module's code that reads any address it is given.
pub fn peek(address: usize) u32 {
    const p: *const volatile u32 = @ptrFromInt(address);
    return p.*;
}
