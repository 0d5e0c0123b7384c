'use strict';
// `$262` and `print` for test262-style tests (docs/testing.md). Installed in
// the main realm of a --test262-child run and in every realm createRealm
// makes there.

function install(global) {
  const host = {
    global,
    gc: () => natives.gc(),
    createRealm() {
      const other = natives.createRealm();
      return other.$262;
    },
    evalScript: (source) => natives.evalScript(source),
    detachArrayBuffer: (buffer) => natives.detachArrayBuffer(buffer),
  };
  Object.defineProperty(global, '$262', { value: host, writable: true, configurable: true });
  Object.defineProperty(global, 'print', {
    value: (...args) => natives.write(1, `${args.map(String).join(' ')}\n`),
    writable: true,
    configurable: true,
  });
}

install(globalThis);
exports.install = install;
