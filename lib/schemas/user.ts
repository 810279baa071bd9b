// User management input (admins only): one schema per action, shared by the form and the server.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";
import { storableString } from "./common";

const userId = storableString().trim().min(1, "required").max(100, "tooLong:100");
export const roleField = z.enum(ROLES, "invalidChoice");

export const createUserSchema = z.object({
  email: storableString().trim().toLowerCase().max(254, "tooLong:254").pipe(z.email("invalidEmail")),
  name: storableString().trim().max(100, "tooLong:100"),
  role: roleField,
  password: storableString().min(MIN_PASSWORD_LENGTH, `tooShort:${MIN_PASSWORD_LENGTH}`).max(MAX_PASSWORD_LENGTH, `tooLong:${MAX_PASSWORD_LENGTH}`),
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const setRoleSchema = z.object({ userId, role: roleField });
export const setDisabledSchema = z.object({ userId, disabled: z.boolean("invalid") });
export const deleteUserSchema = z.object({ userId });
