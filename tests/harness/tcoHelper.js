// tcoHelper.js — how deep tail-call tests recurse, written for zigar-run:
// far beyond any stack without proper tail calls.
var $MAX_ITERATIONS = 100000;
