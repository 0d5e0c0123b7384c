'use strict';
// Reading and writing the `expected_stdout` literal block of a test's
// test262-style front matter (/*--- … ---*/).

const OPEN = '/*---';
const CLOSE = '---*/';

function findFrontMatter(source) {
  const start = source.indexOf(OPEN);
  const end = source.indexOf(CLOSE, start);
  if (start === -1 || end === -1) throw new Error('no /*--- ---*/ front matter');
  return { start: start + OPEN.length, end };
}

// YAML literal block for `text`: `|` keeps one final newline, `|-` none,
// `|+` several; an explicit indentation indicator is needed when the first
// line itself starts with a space.
function literalBlock(key, text) {
  let chomp = '';
  if (!text.endsWith('\n')) chomp = '-';
  else if (text.endsWith('\n\n') || text === '\n') chomp = '+';
  const body = chomp === '-' ? text : text.slice(0, -1);
  const lines = body.split('\n');
  const firstContent = lines.find((l) => l.trim() !== '');
  const indicator = firstContent !== undefined && firstContent.startsWith(' ') ? '2' : '';
  const out = lines.map((l) => (l === '' ? '' : `  ${l}`)).join('\n');
  return `${key}: |${indicator}${chomp}\n${out}\n`;
}

// Parses `key: |…` literal blocks (the only multi-line form we write).
function readLiteral(source, key) {
  const { start, end } = findFrontMatter(source);
  const lines = source.slice(start, end).split('\n');
  const head = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (head === -1) return undefined;
  const m = /^[^:]+:\s*\|(\d?)([-+]?)(\d?)\s*$/.exec(lines[head]);
  if (!m) throw new Error(`${key} is not a literal block`);
  const indent = Number(m[1] || m[3] || 0) || undefined;
  const chomp = m[2];
  // The front matter's last line is the empty text before the closing marker.
  const last = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const body = [];
  for (let i = head + 1; i < last; i++) {
    const line = lines[i];
    if (line !== '' && !line.startsWith(' ')) break;
    body.push(line);
  }
  const isBlank = (l) => l.trim() === '';
  const width = indent ||
    Math.min(2, ...body.filter((l) => !isBlank(l)).map((l) => l.length - l.trimStart().length));
  const content = body.map((l) => l.slice(width));
  if (chomp === '+') return content.length ? `${content.join('\n')}\n` : '';
  while (content.length && isBlank(body[content.length - 1])) content.pop();
  if (chomp === '-') return content.join('\n');
  return content.length ? `${content.join('\n')}\n` : '';
}

function writeLiteral(source, key, text) {
  const { start, end } = findFrontMatter(source);
  const lines = source.slice(start, end).split('\n');
  const head = lines.findIndex((l) => l.startsWith(`${key}:`));
  const block = literalBlock(key, text).replace(/\n$/, '').split('\n');
  if (head === -1) {
    lines.splice(lines.length - 1, 0, ...block);
  } else {
    let stop = head + 1;
    while (stop < lines.length && (lines[stop] === '' || lines[stop].startsWith(' '))) stop++;
    // Keep a blank line that separates the block from the closing marker.
    while (stop - 1 > head && lines[stop - 1] === '' && stop === lines.length) stop--;
    lines.splice(head, stop - head, ...block);
  }
  return source.slice(0, start) + lines.join('\n') + source.slice(end);
}

module.exports = { readLiteral, writeLiteral };
