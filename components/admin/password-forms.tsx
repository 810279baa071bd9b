"use client";

import { messageOr } from "@/i18n/message-or";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { Link } from "@/i18n/navigation";
import { changePasswordAction, resetPasswordAction } from "@/lib/actions/password";
import type { MutationResult } from "@/lib/editing/types";
import { FieldErrors } from "./field-errors";
import { buttonClass, hintClass, inputClass, labelClass } from "./styles";

function useControl(errors: Record<string, string[] | undefined>) {
  const id = useId();
  return (name: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : `${id}-${name}-hint`,
    errorId: `${id}-${name}-error`,
    hintId: `${id}-${name}-hint`,
  });
}

function failureText(result: MutationResult<unknown> | null, results: Parameters<typeof messageOr>[0]): string {
  if (!result || result.ok) return "";
  const key = result.kind === "invalid" ? "invalid" : result.kind === "not-found" ? "notFound" : result.kind === "in-use" ? "inUse" : result.kind;
  return messageOr(results, key, key);
}

/** The signed-in user's own password: the current one, then the new one (checked for strength on the server). */
export function ChangePasswordForm() {
  const t = useTranslations("admin.account");
  const results = useTranslations("admin.results");
  const [input, setInput] = useState({ currentPassword: "", newPassword: "" });
  const [result, dispatch, pending] = useActionState(
    async (previous: MutationResult<{ endedSessions: number }> | null, payload: typeof input) => {
      let outcome: MutationResult<{ endedSessions: number }>;
      try {
        outcome = await changePasswordAction(previous, payload);
      } catch {
        outcome = { ok: false, kind: "invalid", fieldErrors: {}, message: "" };
      }
      if (outcome.ok) setInput({ currentPassword: "", newPassword: "" });
      return outcome;
    },
    null,
  );
  const errors = result && !result.ok && result.kind === "invalid" ? result.fieldErrors : {};
  const control = useControl(errors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(() => dispatch(input));
  };
  const current = control("currentPassword");
  const next = control("newPassword");
  return (
    <form onSubmit={submit} noValidate className="grid max-w-md gap-4" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="text-xl font-semibold">{t("changeTitle")}</h2>
      <div>
        <label htmlFor={current.id} className={labelClass}>{t("currentPassword")}</label>
        <input id={current.id} aria-invalid={current["aria-invalid"]} aria-describedby={errors.currentPassword ? current.errorId : undefined} type="password" autoComplete="current-password" className={inputClass} value={input.currentPassword} onChange={(e) => setInput({ ...input, currentPassword: e.target.value })} />
        <FieldErrors id={current.errorId} codes={errors.currentPassword} />
      </div>
      <div>
        <label htmlFor={next.id} className={labelClass}>{t("newPassword")}</label>
        <input id={next.id} aria-invalid={next["aria-invalid"]} aria-describedby={next["aria-describedby"]} type="password" autoComplete="new-password" className={inputClass} value={input.newPassword} onChange={(e) => setInput({ ...input, newPassword: e.target.value })} />
        <p id={next.hintId} className={hintClass}>{t("newPasswordHint")}</p>
        <FieldErrors id={next.errorId} codes={errors.newPassword} />
      </div>
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>{t("change")}</button>
      </div>
      <p role="status" className="text-sm">
        {result?.ok ? t("changed", { count: result.data.endedSessions }) : failureText(result, results)}
      </p>
    </form>
  );
}

/** The reset link's form: a new password for the account the one-time token belongs to. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("admin.account");
  const results = useTranslations("admin.results");
  const [newPassword, setNewPassword] = useState("");
  const [result, dispatch, pending] = useActionState(
    async (previous: MutationResult<{ email: string }> | null, payload: { token: string; newPassword: string }) => {
      try {
        return await resetPasswordAction(previous, payload);
      } catch {
        return { ok: false, kind: "invalid", fieldErrors: {}, message: "" } as MutationResult<{ email: string }>;
      }
    },
    null,
  );
  const errors = result && !result.ok && result.kind === "invalid" ? result.fieldErrors : {};
  const control = useControl(errors);
  const next = control("newPassword");
  if (result?.ok) {
    return (
      <div role="status">
        <p>{t("resetDone", { email: result.data.email })}</p>
        <p className="mt-3"><Link href="/admin/sign-in" className="underline">{t("toSignIn")}</Link></p>
      </div>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(() => dispatch({ token, newPassword }));
  };
  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-labelledby="reset-title">
      <div>
        <label htmlFor={next.id} className={labelClass}>{t("newPassword")}</label>
        <input id={next.id} aria-invalid={next["aria-invalid"]} aria-describedby={next["aria-describedby"]} type="password" autoComplete="new-password" className={inputClass} value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
        <p id={next.hintId} className={hintClass}>{t("newPasswordHint")}</p>
        <FieldErrors id={next.errorId} codes={errors.newPassword} />
      </div>
      <FieldErrors id={`${next.id}-token-error`} codes={errors.token} />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>{t("resetSubmit")}</button>
      </div>
      <p role="status" className="text-sm">{failureText(result, results)}</p>
    </form>
  );
}
