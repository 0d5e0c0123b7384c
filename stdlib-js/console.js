'use strict';
// console.js — the global `console` of zigar-run.
//
// createConsole(write, options) builds a Node-compatible console over a
// `write(fd, string)` function; the runtime passes natives.write, the tests
// pass a capturing function.  Formatting comes from inspect.js so that every
// line is byte-identical to what Node prints.
//
// options:
//   colors           boolean, or { stdout: boolean, stderr: boolean };
//                    the runtime decides (TTY, NO_COLOR, FORCE_COLOR).
//   groupIndentation spaces added per console.group() (default 2)
//   emitWarning      function(message) for misuse warnings (unknown timer or
//                    counter labels); default: "Warning: …" on stderr.

const { inspect, formatWithOptions, getStringWidth, isMapIterator, isSetIterator, isMap, isSet } =
  require('inspect');

const STDOUT = 1;
const STDERR = 2;

function createConsole(write, options = {}) {
  const colorsFor = (fd) => {
    const { colors } = options;
    if (colors !== null && typeof colors === 'object') {
      return Boolean(fd === STDOUT ? colors.stdout : colors.stderr);
    }
    return Boolean(colors);
  };
  // Fresh objects each call: format/inspect must not see shared mutable state.
  const inspectOptions = (fd) => (colorsFor(fd) ? { colors: true } : {});
  const groupIndentation = options.groupIndentation ?? 2;
  const emitWarning = options.emitWarning || ((message) => write(STDERR, `Warning: ${message}\n`));

  let groupIndent = '';
  const counts = new Map();
  const timers = new Map();

  // Every write is one or more whole lines, indented by the current group.
  function writeLines(fd, string) {
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    write(fd, `${string}\n`);
  }

  const print = (fd, args) => writeLines(fd, formatWithOptions(inspectOptions(fd), ...args));

  const console = {
    log(...args) {
      print(STDOUT, args);
    },
    warn(...args) {
      print(STDERR, args);
    },
    dir(object, dirOptions) {
      writeLines(STDOUT, inspect(object, {
        customInspect: false,
        ...inspectOptions(STDOUT),
        ...dirOptions,
      }));
    },
    time(label = 'default') {
      label = `${label}`;
      if (timers.has(label)) {
        emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      timers.set(label, now());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      if (timeLog('timeEnd', label, [])) timers.delete(label);
    },
    timeLog(label = 'default', ...data) {
      timeLog('timeLog', `${label}`, data);
    },
    trace(...args) {
      const err = { name: 'Trace', message: formatWithOptions(inspectOptions(STDERR), ...args) };
      Error.captureStackTrace(err, console.trace);
      console.error(err.stack);
    },
    assert(expression, ...args) {
      if (expression) return;
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      console.warn(...args);
    },
    clear() {
      // Clearing is a terminal feature; the runtime owns the terminal.
    },
    count(label = 'default') {
      label = `${label}`;
      const count = (counts.get(label) || 0) + 1;
      counts.set(label, count);
      console.log(`${label}: ${count}`);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!counts.has(label)) {
        emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(label);
    },
    group(...data) {
      if (data.length > 0) console.log(...data);
      groupIndent += ' '.repeat(groupIndentation);
    },
    groupEnd() {
      groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentation);
    },
    table(tabularData, properties) {
      if (properties !== undefined && !Array.isArray(properties)) {
        const err = new TypeError('The "properties" argument must be an instance of Array.');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      if (tabularData === null || typeof tabularData !== 'object') {
        console.log(tabularData);
        return;
      }
      const [head, columns] = tableColumns(tabularData, properties, inspectOptions(STDOUT));
      console.log(renderTable(head, columns));
    },
  };
  console.info = console.log;
  console.debug = console.log;
  console.dirxml = console.log;
  console.error = console.warn;
  console.groupCollapsed = console.group;
  // Profiler hooks exist in Node's console but do nothing without an inspector.
  for (const name of ['profile', 'profileEnd', 'timeStamp']) console[name] = () => {};

  function timeLog(name, label, data) {
    const start = timers.get(label);
    if (start === undefined) {
      emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const ms = Number(now() - start) / 1e6;
    console.log('%s: %s', label, formatTime(ms), ...data);
    return true;
  }

  return console;
}

function now() {
  return natives.hrtime();
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

// "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const pad = (n) => `${n}`.padStart(2, '0');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(whole)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// ---------------------------------------------------------------------------
// console.table
// ---------------------------------------------------------------------------

const kIndex = '(index)';
const kIteration = '(iteration index)';
const kKey = 'Key';
const kValues = 'Values';

// Returns [header, columns]: the header names and, per column, a sparse array
// of formatted cells.
function tableColumns(data, properties, options) {
  // Cells are one-liners; objects with many keys collapse to [Object].
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...options });
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  const mapIterator = isMapIterator(data);
  let isKeyValue = false;
  if (mapIterator) [data, isKeyValue] = natives.previewEntries(data);

  if (isKeyValue || isMap(data)) {
    const keys = [];
    const values = [];
    if (mapIterator) {
      for (let i = 0; i < data.length; i += 2) {
        keys.push(cell(data[i]));
        values.push(cell(data[i + 1]));
      }
    } else {
      for (const [k, v] of data) {
        keys.push(cell(k));
        values.push(cell(v));
      }
    }
    return [[kIteration, kKey, kValues], [indexColumn(keys.length), keys, values]];
  }

  const setIterator = isSetIterator(data);
  if (setIterator) data = natives.previewEntries(data)[0];
  if (setIterator || mapIterator || isSet(data)) {
    const values = [];
    for (const v of data) values.push(cell(v));
    return [[kIteration, kValues], [indexColumn(values.length), values]];
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const primitiveColumn = [];
  const indexKeys = Object.keys(data);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = data[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveColumn[i] = cell(item);
      continue;
    }
    for (const key of properties || Object.keys(item)) {
      map[key] ??= [];
      map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)
        ? '' : cell(item[key]);
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push(kValues);
    columns.push(primitiveColumn);
  }
  head.unshift(kIndex);
  columns.unshift(indexKeys);
  return [head, columns];
}

function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    out += row[i] + ' '.repeat(widths[i] - getStringWidth(row[i]));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  const longest = Math.max(0, ...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  return `${result}└${divider.join('┴')}┘`;
}

exports.createConsole = createConsole;
exports.formatTime = formatTime;
