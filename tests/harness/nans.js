// nans.js — NaN values computed in different ways, written for zigar-run; an
// engine may keep different bit patterns for them.
var NaNs = [
  NaN,
  Number.NaN,
  NaN * 0,
  0 / 0,
  Infinity / Infinity,
  -(0 / 0),
  Math.pow(-1, 0.5),
  -Math.pow(-1, 0.5),
  Number('Not-a-Number'),
];
