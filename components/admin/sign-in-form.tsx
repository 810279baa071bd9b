"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { buttonClass, errorTextClass, inputClass, labelClass } from "./styles";

type Status = { kind: "idle" } | { kind: "pending" } | { kind: "invalid" } | { kind: "throttled"; seconds: number } | { kind: "crossSite"; origin: string } | { kind: "error" };

/**
 * Posts to better-auth's sign-in endpoint (through our throttle, app/api/auth/[...all]/route.ts). The session lives
 * in an HttpOnly cookie, so on success a full navigation loads the admin with it.
 */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("admin.signIn");
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ kind: "pending" });
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ email, password }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      if (response.status === 429) {
        setStatus({ kind: "throttled", seconds: Number(response.headers.get("retry-after") ?? "60") || 60 });
      } else if (response.status === 401 || response.status === 400) {
        setStatus({ kind: "invalid" });
      } else if (response.status === 403 && (await refusedAsCrossSite(response))) {
        setStatus({ kind: "crossSite", origin: window.location.origin });
      } else {
        setStatus({ kind: "error" });
      }
    } catch {
      setStatus({ kind: "error" });
    }
    // Keep the email; clear the password so a mistyped one is not resent by accident.
    setPassword("");
  }

  const message =
    status.kind === "invalid" ? t("invalid")
    : status.kind === "throttled" ? t("throttled", { seconds: status.seconds })
    : status.kind === "crossSite" ? t("crossSite", { origin: status.origin })
    : status.kind === "error" ? t("error")
    : "";

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <label htmlFor={`${id}-email`} className={labelClass}>{t("email")}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className={inputClass}
          aria-describedby={`${id}-status`}
        />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className={labelClass}>{t("password")}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={inputClass}
          aria-describedby={`${id}-status`}
        />
      </div>
      <p id={`${id}-status`} role="status" aria-live="polite" className={message ? errorTextClass : "sr-only"}>
        {message}
      </p>
      <button type="submit" className={buttonClass} disabled={status.kind === "pending"}>
        {status.kind === "pending" ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

async function refusedAsCrossSite(response: Response): Promise<boolean> {
  const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
  return body?.code === "CROSS_SITE_REQUEST";
}
