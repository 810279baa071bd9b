// A user's own password (issue 14): the change form (current + new) and the reset-link form (token + new).
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { storableString } from "./common";

const newPassword = storableString().min(MIN_PASSWORD_LENGTH, `tooShort:${MIN_PASSWORD_LENGTH}`).max(MAX_PASSWORD_LENGTH, `tooLong:${MAX_PASSWORD_LENGTH}`);

export const changePasswordSchema = z.object({
  currentPassword: storableString().min(1, "required").max(MAX_PASSWORD_LENGTH, `tooLong:${MAX_PASSWORD_LENGTH}`),
  newPassword,
});

export const resetPasswordSchema = z.object({
  token: storableString().min(1, "required").max(200, "tooLong:200"),
  newPassword,
});
