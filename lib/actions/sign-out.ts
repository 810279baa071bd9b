"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { signOut } from "@/lib/auth/sign-out";

/** Ends the session on the server (and clears the cookie), then shows the sign-in page. */
export async function signOutAction(locale: string): Promise<void> {
  await signOut(await headers());
  redirect(`/${isLocale(locale) ? locale : "en"}/admin/sign-in`);
}
