"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState, useTransition, type FormEvent } from "react";
import { createUserAction, setUserRoleAction } from "@/lib/actions/users";
import { useRouter } from "@/i18n/navigation";
import type { MutationResult } from "@/lib/editing/types";
import { FieldErrors, useErrorText } from "./field-errors";
import { buttonClass, errorTextClass, hintClass, inputClass, labelClass, secondaryButtonClass } from "./styles";

type CreateResult = MutationResult<{ userId: string }>;

/** Admins create editors (or admins): email, name, role and an initial password, checked like admin:create's. */
export function CreateUserForm() {
  const t = useTranslations("admin.users");
  const fields = useTranslations("admin.fields");
  const roles = useTranslations("admin.roles");
  const results = useTranslations("admin.results");
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [input, setInput] = useState({ email: "", name: "", role: "editor", password: "" });
  const [result, dispatch, pending] = useActionState(async (previous: CreateResult | null, payload: typeof input): Promise<CreateResult> => {
    let outcome: CreateResult;
    try {
      outcome = await createUserAction(previous, payload);
    } catch {
      outcome = { ok: false, kind: "invalid", fieldErrors: {}, message: "" };
    }
    if (outcome.ok) {
      setInput({ email: "", name: "", role: "editor", password: "" });
      router.refresh();
    }
    return outcome;
  }, null);

  const errors = result && !result.ok && result.kind === "invalid" ? result.fieldErrors : {};
  const message = !result ? "" : result.ok ? t("created") : result.kind === "invalid" ? results("invalid") : results(result.kind === "not-found" ? "notFound" : result.kind === "in-use" ? "inUse" : result.kind);
  const control = (name: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(() => dispatch(input));
  }

  return (
    <form onSubmit={submit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2" aria-labelledby="create-user-title">
      <h2 id="create-user-title" className="text-xl font-semibold sm:col-span-2">{t("create")}</h2>
      <div>
        <label htmlFor={`${id}-email`} className={labelClass}>{fields("email")}</label>
        <input {...control("email")} type="email" autoComplete="off" className={inputClass} value={input.email} onChange={(e) => setInput({ ...input, email: e.target.value })} />
        <FieldErrors id={`${id}-email-error`} codes={errors.email} />
      </div>
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>{fields("name")}</label>
        <input {...control("name")} autoComplete="off" className={inputClass} value={input.name} onChange={(e) => setInput({ ...input, name: e.target.value })} />
        <FieldErrors id={`${id}-name-error`} codes={errors.name} />
      </div>
      <div>
        <label htmlFor={`${id}-role`} className={labelClass}>{fields("role")}</label>
        <select {...control("role")} className={inputClass} value={input.role} onChange={(e) => setInput({ ...input, role: e.target.value })}>
          <option value="editor">{roles("editor")}</option>
          <option value="admin">{roles("admin")}</option>
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-password`} className={labelClass}>{fields("password")}</label>
        <input {...control("password")} type="password" autoComplete="new-password" className={inputClass} value={input.password} onChange={(e) => setInput({ ...input, password: e.target.value })} />
        <p className={hintClass}>{t("passwordHint")}</p>
        <FieldErrors id={`${id}-password-error`} codes={errors.password} />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>{t("createButton")}</button>
        <p role="status" aria-live="polite" className={result && !result.ok ? errorTextClass : "text-sm"}>
          {message}
          {result && !result.ok && result.kind === "invalid" && Object.keys(errors).length === 0 ? ` ${errorText("invalid")}` : ""}
        </p>
      </div>
    </form>
  );
}

/** Changes one user's role. */
export function RoleChanger({ userId, email, role }: { userId: string; email: string; role: string }) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("admin.roles");
  const results = useTranslations("admin.results");
  const errorText = useErrorText();
  const router = useRouter();
  const [value, setValue] = useState(role);
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const selectId = useId();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">{t("roleOf", { email })}</label>
      <select id={selectId} className="rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900" value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="editor">{roles("editor")}</option>
        <option value="admin">{roles("admin")}</option>
      </select>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending || value === role}
        aria-label={t("changeRoleOf", { email })}
        onClick={() =>
          start(async () => {
            const result = await setUserRoleAction(userId, value);
            if (result.ok) {
              setMessage(t("roleChanged"));
              router.refresh();
            } else {
              setMessage(result.kind === "invalid" ? Object.values(result.fieldErrors).flat().map(errorText).join(" ") : results(result.kind === "not-found" ? "notFound" : result.kind === "in-use" ? "inUse" : result.kind));
            }
          })
        }
      >
        {t("changeRole")}
      </button>
      <span role="status" aria-live="polite" className="text-sm">{message}</span>
    </span>
  );
}
