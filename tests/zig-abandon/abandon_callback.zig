//! A call that runs a JS function before it returns.
pub fn run(cb: *const fn (i32) void, n: i32) i32 {
    var sum: i32 = 0;
    var i: i32 = 0;
    while (i < n) : (i += 1) {
        cb(i);
        sum += i;
    }
    return sum;
}
