/*---
description: A thrown instance of a user class is named by its constructor
negative:
  phase: runtime
  type: MyError
---*/
class MyError extends Error {}
throw new MyError('custom');
