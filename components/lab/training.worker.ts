/**
 * Training runs here, off the main thread. The loop trains in short slices
 * and yields between them (through a MessageChannel, which is not clamped
 * like setTimeout), so "pause" is read within one slice while training runs.
 */
import { articleCheck, createSession, type Session } from "@/lib/regression";
import { WORKER_TIMING, type FromWorker, type ToWorker } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

let session: Session | null = null;
let gen = 0;
let running = false;
let slow = false;
let scheduled = false;
let lastPost = 0;
/** Gap before the next progress post; grows with the cost of a snapshot so reporting stays under ~20% of the time. */
let postGap: number = WORKER_TIMING.postEveryMs;
let slowTimer: ReturnType<typeof setTimeout> | null = null;

const channel = new MessageChannel();
channel.port1.onmessage = () => {
  scheduled = false;
  tick();
};

function post(message: FromWorker): void {
  const transfer: Transferable[] = [];
  if (message.type === "ready" || message.type === "progress") {
    for (const r of message.runs) transfer.push(r.fit.buffer);
  }
  if (message.type === "ready") transfer.push(message.data.x.buffer, message.data.y.buffer, message.data.isTest.buffer);
  scope.postMessage(message, transfer);
}

function postProgress(): void {
  if (!session) return;
  const t0 = performance.now();
  const runs = session.snapshot();
  lastPost = performance.now();
  postGap = Math.max(WORKER_TIMING.postEveryMs, 4 * (lastPost - t0));
  post({ type: "progress", gen, runs, running });
}

function schedule(): void {
  if (slow) {
    if (slowTimer === null) {
      slowTimer = setTimeout(() => {
        slowTimer = null;
        tick();
      }, WORKER_TIMING.slowEpochMs);
    }
    return;
  }
  if (!scheduled) {
    scheduled = true;
    channel.port2.postMessage(null);
  }
}

function stopLoop(): void {
  running = false;
  if (slowTimer !== null) {
    clearTimeout(slowTimer);
    slowTimer = null;
  }
}

function tick(): void {
  if (!session || !running) return;
  if (slow) session.step();
  else session.runFor(WORKER_TIMING.sliceMs);
  if (session.done) running = false;
  if (!running || slow || performance.now() - lastPost >= postGap) postProgress();
  if (running) schedule();
}

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === "article") {
    post({ type: "article", check: articleCheck(msg.seed) });
    return;
  }
  if (msg.type === "init") {
    stopLoop();
    gen = msg.gen;
    try {
      session = createSession({ config: msg.config, comparisons: msg.comparisons, custom: msg.custom });
      // Copies: the session keeps using its own arrays after the transfer.
      const { data } = session;
      const shared = { ...data, x: data.x.slice(), y: data.y.slice(), isTest: data.isTest.slice() };
      post({ type: "ready", gen, data: shared, runs: session.snapshot() });
    } catch (error) {
      session = null;
      post({ type: "error", gen, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (msg.gen !== gen || !session) return;
  switch (msg.type) {
    case "play":
      slow = msg.slow;
      if (session.done) return;
      running = true;
      schedule();
      return;
    case "pause":
      stopLoop();
      postProgress();
      return;
    case "step":
      stopLoop();
      session.step();
      postProgress();
      return;
    case "speed":
      slow = msg.slow;
      if (running) {
        if (slowTimer !== null) clearTimeout(slowTimer);
        slowTimer = null;
        schedule();
      }
      return;
  }
};
