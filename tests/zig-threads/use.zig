const zigar = @import("zigar");

/// Whether zigar.thread.use() succeeds now.
pub fn tryUse() bool {
    zigar.thread.use() catch return false;
    zigar.thread.end();
    return true;
}
