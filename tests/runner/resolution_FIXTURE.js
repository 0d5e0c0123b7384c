// Fixture of negative-resolution.js and negative-module-runtime.js.
export var present = 1;
