/*---
description: Never ends; killed after its own one-second timeout
flags: [noStrict]
timeout: 1
---*/
for (;;) {}
