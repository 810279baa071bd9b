import { describe, expect, it } from "vitest";
import { isKeyboardWalk, passwordStrengthProblem } from "./password-strength";

describe("passwordStrengthProblem", () => {
  it("refuses keyboard walks and says so", () => {
    expect(passwordStrengthProblem("qwertyuiopasdf")).toBe("keyboard");
    expect(passwordStrengthProblem("1234qwerasdf")).toBe("keyboard");
    expect(passwordStrengthProblem("zxcvbnmasdfgh")).toBe("keyboard");
  });

  it("refuses a common word with a year and repeated symbols", () => {
    expect(passwordStrengthProblem("Summer2024!!!")).toBe("commonWord");
    expect(passwordStrengthProblem("Dragonfly2023")).not.toBeNull();
  });

  it("keeps the policy's own reasons first", () => {
    expect(passwordStrengthProblem("short")).toBe("tooShort");
    expect(passwordStrengthProblem("Password1234!")).toBe("common");
    expect(passwordStrengthProblem("adalovelace-rocks", "adalovelace@example.org")).toBe("containsEmail");
  });

  it("accepts long passphrases and random strings", () => {
    expect(passwordStrengthProblem("correct horse battery staple")).toBeNull();
    expect(passwordStrengthProblem("e2e passphrase, long enough")).toBeNull();
    expect(passwordStrengthProblem("k3J!v9q#Lm2x")).toBeNull();
  });
});

describe("isKeyboardWalk", () => {
  it("finds walks along the keyboard, not ordinary words", () => {
    expect(isKeyboardWalk("qwerasdf")).toBe(true);
    expect(isKeyboardWalk("asdfghjkl")).toBe(true);
    expect(isKeyboardWalk("horse")).toBe(false);
    expect(isKeyboardWalk("abc")).toBe(false);
  });
});
