/*---
description: info and debug go to stdout; error and warn go to stderr
expected_stdout: |
  info
  debug
  log
---*/
console.info('info');
console.debug('debug');
console.error('error is on stderr');
console.warn('warn is on stderr');
console.log('log');
