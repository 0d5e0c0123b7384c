// The smallest zigar-run script. (The Zig import example arrives with Zig
// module support; see docs/status.md.)
const greeting = await Promise.resolve('Hello from zigar-run');
console.log(greeting, { version: process.version, v8: process.versions.v8 });
