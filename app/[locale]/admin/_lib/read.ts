import "server-only";
import { redirect } from "next/navigation";
import { isAuthError } from "@/lib/auth/errors";

export type Guarded<T> = { forbidden: true } | { forbidden: false; data: T };

/**
 * Runs an admin read (which calls the guard itself). Without a session: to the sign-in page. With a role that
 * may not see it: { forbidden: true }, and the page says so.
 */
export async function guardedRead<T>(locale: string, read: () => Promise<T>): Promise<Guarded<T>> {
  try {
    return { forbidden: false, data: await read() };
  } catch (error) {
    if (isAuthError(error)) {
      if (error.status === 401) redirect(`/${locale}/admin/sign-in`);
      return { forbidden: true };
    }
    throw error;
  }
}
