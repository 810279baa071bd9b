// Requests a test holds in flight on purpose (e2e/drain.spec.ts, e2e/shutdown.spec.ts): written over a raw connection
// in two parts, so the server has a request it cannot finish (or a connection that is not idle) for as long as the
// test wants, whatever the machine's speed.
import net from "node:net";

export interface HalfSent {
  socket: net.Socket;
  /** Sends the rest; resolves once the server has answered and closed the connection. */
  finish: (rest: string) => Promise<{ head: string; body: string; closed: boolean }>;
}

/**
 * A raw connection with a request only partly sent (headers unfinished, or a body short of its Content-Length): the
 * server holds it in flight (or, headers unfinished, as a connection that is not idle) until the rest comes.
 */
export async function halfSent(port: number, start: string): Promise<HalfSent> {
  const socket = net.connect({ host: "127.0.0.1", port });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  socket.write(start);
  let data = "";
  let closed = false;
  socket.on("data", (c: Buffer) => (data += c.toString("utf8")));
  const closedP = new Promise<void>((resolve) => socket.once("close", () => ((closed = true), resolve())));
  socket.on("error", () => undefined);
  return {
    socket,
    finish: async (rest) => {
      socket.write(rest);
      await Promise.race([closedP, new Promise((r) => setTimeout(r, 30_000))]);
      const at = data.indexOf("\r\n\r\n");
      return { head: at < 0 ? data : data.slice(0, at), body: at < 0 ? "" : data.slice(at + 4), closed };
    },
  };
}

/** The body of a raw HTTP/1.1 answer: de-chunked when it was sent chunked. */
export function bodyOf(answer: { head: string; body: string }): string {
  if (!/\r\ntransfer-encoding: chunked/i.test(answer.head)) return answer.body;
  let rest = answer.body;
  let out = "";
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (!(size > 0)) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

/**
 * A sign-in (bad credentials) whose JSON body is only partly uploaded: the route waits for the rest, so the request is
 * in flight on the server until finish(); then it is answered 401 in full.
 */
export async function heldSignIn(port: number): Promise<{ finish: () => Promise<{ head: string; body: string; closed: boolean }> }> {
  const body = JSON.stringify({ email: "nobody@example.org", password: "not-the-password" });
  const held = await halfSent(
    port,
    `POST /api/auth/sign-in/email HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
  );
  return { finish: () => held.finish(body.slice(10)) };
}
