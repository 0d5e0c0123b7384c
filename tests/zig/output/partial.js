/*---
description: a partial line is flushed (as a console.log line) when the call returns; a newline that comes after such a flush then ends an empty line, as in node-zigar
flags: [module]
expected_stdout: |
  abc

  def

  no newline
  end
---*/
import { partial, nothingButPartial } from './output.zig';

partial('abc');
partial('\ndef');
partial('\n');
nothingButPartial();
console.log('end');
