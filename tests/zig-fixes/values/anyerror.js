/*---
description: anyerror holds every error of the module - those of its error sets and those only known when Zig returns them - as static members and for `in`
flags: [module]
---*/
import { E, AnyErr, parse } from './values.zig';
import { thrown } from '../../zig/helpers_FIXTURE.js';

assert(E.Bad in AnyErr, 'an error of a set');
assert.sameValue(AnyErr.Worse, E.Worse, 'a static member of anyerror');
assert(E.Bad instanceof AnyErr);
assert.sameValue(parse('12'), 12);
const err = thrown(() => parse('x'), "parse('x')");
assert(err instanceof Error);
assert(err in AnyErr, 'an error made after anyerror was set up');
assert(err instanceof AnyErr);
assert.sameValue(err in E, false);
