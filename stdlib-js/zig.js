'use strict';
// zig.js - the entry point of the Zig bridge's JavaScript side.
//
//   require('zig').exportNames(meta)           -> the module's export names
//                                                 (computable before evaluation)
//   require('zig').createModule(handle, meta)  -> { ...named exports, default, __zigar }
//
// `meta` is the JS metadata runtime/zig_loader.c builds from the module's
// table (docs/bridge.md); `handle` is opaque and passed back to the natives.
// The object model is described in docs/data-objects.md.
//
// exportNames needs the metadata only: it must not load the data-object
// model (zig_module.js and the ~100 KB it requires), which only
// createModule, at the module's evaluation, does (docs/startup.md).

const EXPORTED_KINDS = new Set(['type', 'function', 'const', 'comptime']);
// The same test as zig_base.js's isIdentifier.
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// The keys createModule's result has, in its order.
function exportNames(meta) {
  const root = meta.types[meta.root];
  const names = [];
  const seen = new Set(['default', '__zigar']);
  for (const d of (root && root.decls) || []) {
    const { name } = d;
    if (EXPORTED_KINDS.has(d.kind) && typeof name === 'string' && IDENT.test(name) && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  names.push('default', '__zigar');
  return names;
}

function createModule(handle, meta) {
  return require('zig_module').createModule(handle, meta);
}

exports.exportNames = exportNames;
exports.createModule = createModule;
