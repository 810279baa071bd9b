// How the request lanes (page-store-lane.ts, api-list-lane.ts) write an answer they give before Next.js's request
// handling: as Next.js's router server writes its own (its compression middleware when next.config compresses, the
// release of the compression stream when the client goes away first). The answer is checked whole before anything
// is written: a lane that cannot send it (a header Node would refuse) leaves the request to Next.js untouched.
import http from "node:http";
import compression from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";
import { NEXT_COMPRESS } from "@/lib/server/next-compress.mjs";

export type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** An answer a lane gives: status, headers, body (null for none). */
export interface LaneAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | null;
}

/** An answer checked for sending: its headers as Node will write them. */
export interface ReadyAnswer {
  status: number;
  headers: Array<[string, string | string[]]>;
  body: Uint8Array<ArrayBuffer> | null;
}

/** Next.js's compression middleware when next.config.mjs compresses (NEXT_COMPRESS), else null. */
export function nextCompression(compress: boolean = NEXT_COMPRESS): Middleware | null {
  return compress ? compression() : null;
}

/** The answer's headers as Node writes them; throws (before anything is written) on a header Node would refuse. */
export function ready(answer: LaneAnswer): ReadyAnswer {
  const headers: Array<[string, string | string[]]> = [];
  for (const [name, value] of answer.headers) if (name !== "set-cookie") headers.push([name, value]);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) headers.push(["set-cookie", cookies]);
  for (const [name, value] of headers) {
    http.validateHeaderName(name);
    for (const one of Array.isArray(value) ? value : [value]) http.validateHeaderValue(name, one);
  }
  return { status: answer.status, headers, body: answer.body };
}

/** Writes a checked answer as Next.js writes its own. */
export function send(request: http.IncomingMessage, response: http.ServerResponse, compress: Middleware | null, answer: ReadyAnswer): void {
  if (compress) {
    compress(request, response, () => {});
    response.once("close", () => {
      if (!response.writableFinished) releaseCompressionStream(response);
    });
  }
  response.statusCode = answer.status;
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.end(answer.body ? Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength) : undefined);
}

/**
 * Sends the answer `find` gives and returns true; returns false (touching nothing, for Next.js to answer) when it gives
 * none, or when finding or checking it throws: nothing has been written then.
 */
export function answerWith(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  compress: Middleware | null,
  find: () => LaneAnswer | null,
): boolean {
  let answer: ReadyAnswer;
  try {
    const found = find();
    if (!found) return false;
    answer = ready(found);
  } catch {
    return false;
  }
  send(request, response, compress, answer);
  return true;
}
