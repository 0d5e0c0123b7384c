'use strict';
// performance.now() and timeOrigin: milliseconds from the realm's start on
// the monotonic clock, as in Node and browsers.

const origin = natives.hrtime();
const timeOrigin = Date.now();

class Performance {
  now() {
    return Number(natives.hrtime() - origin) / 1e6;
  }

  get timeOrigin() {
    return timeOrigin;
  }

  toJSON() {
    return { timeOrigin };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

exports.performance = new Performance();
exports.Performance = Performance;
