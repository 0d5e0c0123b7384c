/*---
description: a missing static import fails in the resolution phase
flags: [module]
negative:
  phase: resolution
  type: Error
---*/
import { nothing } from './fixtures/imports_missing_FIXTURE.js';
