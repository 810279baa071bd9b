// Stopping a server a bench started: SIGTERM, SIGKILL if it is still running 10 s later; resolves once it exited.
import type { ChildProcess } from "node:child_process";

export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), graceMs).unref();
  });
}
