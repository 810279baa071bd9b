import { describe, expect, it } from "vitest";
import { PASSWORD_CHANGE_LIMIT, retryAfter, SIGN_IN_LIMIT, waitMinutes } from "./throttle-policy";

const now = new Date("2026-12-06T12:00:00.000Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("retryAfter with a limit", () => {
  it("allows four wrong current passwords in 15 minutes and refuses the fifth's successor until the oldest ages out", () => {
    const four = [ago(60), ago(120), ago(300), ago(600)];
    expect(retryAfter(four, now, PASSWORD_CHANGE_LIMIT)).toBeNull();
    const five = [...four, ago(800)];
    expect(retryAfter(five, now, PASSWORD_CHANGE_LIMIT)).toBe(15 * 60 - 800);
    // The same five spread over 15 minutes are no limit at sign-in's one-minute window.
    expect(retryAfter(five, now, SIGN_IN_LIMIT)).toBeNull();
    // Failures older than the window do not count.
    expect(retryAfter([...four, ago(15 * 60 + 1)], now, PASSWORD_CHANGE_LIMIT)).toBeNull();
  });
});

describe("waitMinutes", () => {
  it("rounds a wait up to whole minutes, never below one", () => {
    expect(waitMinutes(1)).toBe(1);
    expect(waitMinutes(60)).toBe(1);
    expect(waitMinutes(61)).toBe(2);
    expect(waitMinutes(900)).toBe(15);
  });
});
