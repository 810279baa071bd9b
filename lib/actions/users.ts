"use server";

// User management actions (admins only: each operation's guard refuses editors with 403).
import type { MutationResult } from "@/lib/editing/types";
import { createUser } from "@/lib/users/create-user";
import { deleteUser } from "@/lib/users/delete-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { setUserRole } from "@/lib/users/set-user-role";

export async function createUserAction(_previous: MutationResult<{ userId: string }> | null, input: { email: string; name: string; role: string; password: string }): Promise<MutationResult<{ userId: string }>> {
  return createUser(input);
}

export async function setUserRoleAction(userId: string, role: string): Promise<MutationResult<{ userId: string }>> {
  return setUserRole({ userId, role });
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<MutationResult<{ userId: string }>> {
  return setUserDisabled({ userId, disabled });
}

export async function deleteUserAction(userId: string): Promise<MutationResult<{ userId: string }>> {
  return deleteUser({ userId });
}
