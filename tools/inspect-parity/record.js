'use strict';
// Records Node's stdout into each test's expected_stdout block.
// Usage: node tools/inspect-parity/record.js tests/console/*.js
const fs = require('fs');
const { spawnSync } = require('child_process');
const { writeLiteral, readLiteral } = require('./frontmatter');

for (const file of process.argv.slice(2)) {
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) {
    console.error(`${file}: node exited with ${r.status}\n${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const source = fs.readFileSync(file, 'utf8');
  const updated = writeLiteral(source, 'expected_stdout', r.stdout);
  if (readLiteral(updated, 'expected_stdout') !== r.stdout) {
    console.error(`${file}: expected_stdout does not round-trip`);
    process.exitCode = 1;
    continue;
  }
  if (updated !== source) fs.writeFileSync(file, updated);
  console.log(`${updated !== source ? 'recorded' : 'unchanged'} ${file}`);
}
