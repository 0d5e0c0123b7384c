// detachArrayBuffer.js — $DETACHBUFFER over the host's $262.detachArrayBuffer,
// written for zigar-run.
function $DETACHBUFFER(buffer) {
  if (typeof $262 === 'undefined' || typeof $262.detachArrayBuffer !== 'function') {
    throw new Test262Error('No method available to detach an ArrayBuffer');
  }
  $262.detachArrayBuffer(buffer);
}
