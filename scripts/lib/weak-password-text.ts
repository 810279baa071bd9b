// The admin scripts' (admin:create, admin:reset-password) English texts for the strength check's reasons.
import type { WeakReason } from "../../lib/auth/password-strength";

export const WEAK_REASON_TEXT: Record<WeakReason, string> = {
  keyboard: "The password is a walk along the keyboard (like “qwertyuiop” or “1234qwer”), which attackers try early; choose words or characters that do not sit side by side.",
  commonPassword: "The password is (or is built from) a commonly used password; choose another.",
  commonWord: "The password is a common word with predictable additions (a year, a date, repeated or swapped characters), which is quick to guess; add more uncommon words.",
  name: "The password is built from a common name; add more uncommon words.",
  date: "The password is mostly a date or a year, which is quick to guess.",
  guessable: "The password is too easy to guess; a few more uncommon words make it much stronger.",
  repeat: "The password is built from repeated characters or patterns, which are quick to guess.",
  sequence: "The password is a simple sequence; choose another.",
};
