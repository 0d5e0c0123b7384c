//! A module with a `pub var`: the namespace reaches it forever.
pub var counter: i32 = 5;

pub fn next() i32 {
    counter += 1;
    return counter;
}
