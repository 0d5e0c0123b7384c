import { add } from './small.zig';
