/*---
description: A module whose import cannot be found (not a negative test)
flags: [module]
---*/
import './no-such-file.js';
