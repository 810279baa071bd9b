// The wasm schema engine of Prisma 6.19 leaves a timer pending after some commands, so the CLI never exits
// (see TOOLCHAIN.md). Unref only timers scheduled from wasm code; everything else keeps its normal behaviour.
"use strict";
function wrap(original) {
  const wrapped = function (...args) {
    const timer = original.apply(this, args);
    const stack = new Error().stack ?? "";
    if (stack.includes("wasm-function") && timer && typeof timer.unref === "function") timer.unref();
    return timer;
  };
  Object.assign(wrapped, original);
  return wrapped;
}
globalThis.setTimeout = wrap(globalThis.setTimeout);
globalThis.setInterval = wrap(globalThis.setInterval);
