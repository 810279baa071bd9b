// A signed-in user's own password change counts wrong current passwords per account in the sign-in throttle's store:
// past the limit the answer is the current-password field's error with when to try again, even for the right
// password, until the failures age out; another account is not affected, nor is the sign-in throttle.
import { describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../test-support/auth-harness";
import { integrationWorld } from "../../test-support/integration-db";

const { changeOwnPassword } = await import("./account-password");
const { PASSWORD_CHANGE_LIMIT } = await import("./throttle-policy");

const world = integrationWorld({ as: "editor" });
const NEW_PASSWORD = "a fresh passphrase nobody guesses";

describe("own password change throttle", () => {
  it("refuses after the limit of wrong current passwords, says when to try again, and lets the account in later", async () => {
    for (let i = 0; i < PASSWORD_CHANGE_LIMIT.maxFailures; i++) {
      const wrong = await changeOwnPassword({ currentPassword: `not it ${i}`, newPassword: NEW_PASSWORD });
      expect(wrong).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { currentPassword: ["wrongPassword"] } });
    }
    // Even the right password is not checked now: the field says how long to wait (15 minutes at most).
    const throttled = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(throttled).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { currentPassword: ["passwordChangeThrottled:15"] } });

    // Another account is not affected.
    world.actAs(world.admin);
    expect(await changeOwnPassword({ currentPassword: "not it", newPassword: NEW_PASSWORD })).toMatchObject({
      fieldErrors: { currentPassword: ["wrongPassword"] },
    });
    world.actAs(world.editor);

    // The failures are the account's, not the email's or the address's that a sign-in counts.
    const db = world.scratch.db;
    expect(await db.loginAttempt.count({ where: { email: world.editor.email, success: false } })).toBe(0);
    const editor = await db.user.findUniqueOrThrow({ where: { email: world.editor.email } });
    expect(await db.loginAttempt.count({ where: { email: `password-change:${editor.id}`, success: false } })).toBe(PASSWORD_CHANGE_LIMIT.maxFailures);

    // Once the failures leave the window, the right password changes it.
    const aged = new Date(Date.now() - (PASSWORD_CHANGE_LIMIT.windowSeconds + 1) * 1000);
    await db.loginAttempt.updateMany({ where: { email: `password-change:${editor.id}` }, data: { createdAt: aged } });
    expect(await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).toMatchObject({ ok: true });
  });
});
