'use strict';
// zig.js — the entry point of the Zig bridge's JavaScript side.
//
//   require('zig').exportNames(meta)           → the module's export names
//                                                 (computable before evaluation)
//   require('zig').createModule(handle, meta)  → { ...named exports, default, __zigar }
//
// `meta` is the JS metadata runtime/zig_loader.c builds from the module's
// table (docs/bridge.md); `handle` is opaque and passed back to the natives.
// The object model is described in docs/data-objects.md.

const M = require('zig_module');

exports.exportNames = M.exportNames;
exports.createModule = M.createModule;
