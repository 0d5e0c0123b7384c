'use strict';
// process.nextTick: a queue that drains before promise microtasks, as in
// Node. After every macrotask the runtime's epilogue calls `runTicks` while
// ticks are pending; it alternates ticks and microtasks until both are empty.

let queue = [];
let pending = false;

function setPending(value) {
  if (pending !== value) {
    pending = value;
    natives.setTicksPending(value);
  }
}

function nextTick(callback, args) {
  queue.push({ callback, args });
  setPending(true);
}

function runTicks() {
  do {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      for (let i = 0; i < batch.length; i++) {
        const { callback, args } = batch[i];
        try {
          if (args.length === 0) callback();
          else callback(...args);
        } catch (error) {
          queue = batch.slice(i + 1).concat(queue);
          if (queue.length === 0) setPending(false);
          throw error;
        }
      }
    }
    setPending(false);
    natives.runMicrotasks();
  } while (queue.length > 0);
}

// For macrotasks run inside one native call (immediates): the same epilogue.
function runTicksAndMicrotasks() {
  if (pending) runTicks();
  else natives.runMicrotasks();
  if (pending) runTicks();
}

natives.setTickDispatch(runTicks);

exports.nextTick = nextTick;
exports.runTicksAndMicrotasks = runTicksAndMicrotasks;
