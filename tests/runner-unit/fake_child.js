// fake_child.js — the `--test262-child` contract of docs/testing.md on Node,
// so the runner can be tested before (and independently of) zigar-run's own
// child side. Run by fake_child.c as:
//   node --experimental-vm-modules fake_child.js [--include=ABS]... [--module] [--strict] [flags] FILE [args]
// Phases map onto Node's vm API: compiling FILE is `parse`, linking a module
// graph is `resolution`, running is `runtime`.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { pathToFileURL, fileURLToPath } = require('url');

const argv = process.argv.slice(2);
const includes = [];
let isModule = false;
let strict = false;
let i = 0;
for (; i < argv.length; i++) {
  const a = argv[i];
  if (a.startsWith('--include=')) includes.push(a.slice('--include='.length));
  else if (a === '--module') isModule = true;
  else if (a === '--strict') strict = true;
  else if (a.startsWith('--')) continue; // zigar flags: accepted, meaningless here
  else break;
}
const file = argv[i];
process.argv = [process.argv[0], file, ...argv.slice(i + 1)];

function nameOf(e) {
  if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
    try {
      const c = e.constructor;
      if (typeof c === 'function' && c.name) return c.name;
    } catch {}
    try {
      if (typeof e.name === 'string' && e.name) return e.name;
    } catch {}
    return 'Object';
  }
  return typeof e;
}

let reported = false;
function report(phase, e) {
  if (reported) return;
  reported = true;
  let text;
  try {
    text = e && typeof e === 'object' && typeof e.stack === 'string' ? e.stack : String(e);
  } catch {
    text = '<unprintable>';
  }
  fs.writeSync(2, `Uncaught ${text}\nzigar-run-test: uncaught ${phase} ${nameOf(e)}\n`);
  process.exit(1);
}
process.on('uncaughtException', (e) => report('runtime', e));
process.on('unhandledRejection', (e) => report('runtime', e));

function print(...values) {
  fs.writeSync(1, values.map(String).join(' ') + '\n');
}

function make262(context) {
  const global = context ? vm.runInContext('this', context) : globalThis;
  const $262 = {
    global,
    evalScript(src) {
      return context ? vm.runInContext(String(src), context) : vm.runInThisContext(String(src));
    },
    createRealm() {
      const c = vm.createContext();
      const r = make262(c);
      return r;
    },
    detachArrayBuffer(ab) {
      structuredClone(ab, { transfer: [ab] });
      return null;
    },
    gc() {
      if (typeof globalThis.gc === 'function') globalThis.gc();
    },
    agent: undefined,
  };
  global.$262 = $262;
  global.print = print;
  return $262;
}
make262(null);

const modules = new Map();
function loadModule(p) {
  let m = modules.get(p);
  if (m) return m;
  m = new vm.SourceTextModule(fs.readFileSync(p, 'utf8'), {
    identifier: pathToFileURL(p).href,
    initializeImportMeta(meta) {
      meta.url = pathToFileURL(p).href;
    },
    importModuleDynamically: dynamicImport,
  });
  modules.set(p, m);
  return m;
}
function resolve(specifier, referrerId) {
  const base = referrerId.startsWith('file:') ? path.dirname(fileURLToPath(referrerId)) : process.cwd();
  return path.resolve(base, specifier);
}
async function linker(specifier, referencing) {
  return loadModule(resolve(specifier, referencing.identifier));
}
async function dynamicImport(specifier, referrer) {
  const id = referrer && referrer.identifier ? referrer.identifier : pathToFileURL(file).href;
  const m = loadModule(resolve(specifier, id));
  if (m.status === 'unlinked') await m.link(linker);
  if (m.status === 'linked') await m.evaluate();
  if (m.status === 'errored') throw m.error;
  return m;
}

for (const inc of includes) {
  let script;
  try {
    script = new vm.Script(fs.readFileSync(inc, 'utf8'), { filename: inc });
  } catch (e) {
    report('runtime', e); // a broken harness is not the test's parse error
  }
  try {
    script.runInThisContext();
  } catch (e) {
    report('runtime', e);
  }
}

const source = fs.readFileSync(file, 'utf8');
if (!isModule) {
  let script;
  try {
    // On the first line, so line numbers in reports stay the file's.
    script = new vm.Script((strict ? '"use strict";' : '') + source, {
      filename: file,
      importModuleDynamically: dynamicImport,
    });
  } catch (e) {
    report('parse', e);
  }
  try {
    script.runInThisContext();
  } catch (e) {
    report('runtime', e);
  }
} else {
  let root;
  try {
    root = new vm.SourceTextModule(source, {
      identifier: pathToFileURL(file).href,
      initializeImportMeta(meta) {
        meta.url = pathToFileURL(file).href;
      },
      importModuleDynamically: dynamicImport,
    });
    modules.set(file, root);
  } catch (e) {
    report('parse', e);
  }
  (async () => {
    try {
      await root.link(linker);
    } catch (e) {
      report('resolution', e);
    }
    try {
      await root.evaluate();
    } catch (e) {
      report('runtime', e);
    }
  })();
}
