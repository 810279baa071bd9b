"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { MutationResult } from "@/lib/editing/types";
import { useActionNotice } from "./action-notice";
import { useErrorText } from "./field-errors";
import { dangerButtonClass, errorTextClass, secondaryButtonClass } from "./styles";

/**
 * A button that runs one bound server action (delete, restore, purge, restore a revision, a user change) and says
 * what happened. Destructive ones ask for a second, explicit click instead of a browser dialog.
 */
export function ActionButton(props: {
  action: () => Promise<MutationResult<unknown>>;
  label: string;
  /** Accessible name when the visible label is not specific enough ("Restore" → "Restore risk-control"). */
  ariaLabel?: string;
  confirmLabel?: string;
  success: string;
  /** Where to go after success; default: re-render the current page. */
  redirectTo?: string;
  danger?: boolean;
}) {
  const t = useTranslations("admin.results");
  const common = useTranslations("admin.common");
  const errorText = useErrorText();
  const router = useRouter();
  const announce = useActionNotice();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function run() {
    setConfirming(false);
    // A new action: the previous confirmation no longer describes the page.
    announce?.("");
    startTransition(async () => {
      let result: MutationResult<unknown>;
      try {
        result = await props.action();
      } catch {
        setMessage({ ok: false, text: t("failed") });
        return;
      }
      if (result.ok) {
        // The page-level notice outlives this button, which the re-render may remove (a restored row leaves the
        // trash); outside the admin layout the button says it itself.
        if (announce) {
          setMessage(null);
          announce(props.success, props.redirectTo);
        } else setMessage({ ok: true, text: props.success });
        if (props.redirectTo) router.push(props.redirectTo);
        else router.refresh();
        return;
      }
      const text =
        result.kind === "conflict" ? t("conflict")
        : result.kind === "in-use" ? t("inUseList", { refs: result.references.join(", ") })
        : result.kind === "not-found" ? t("notFound")
        : result.kind === "invalid" ? Object.values(result.fieldErrors).flat().map(errorText).join(" ") || t("failed")
        : t(result.kind);
      setMessage({ ok: false, text });
    });
  }

  const buttonClass = props.danger ? dangerButtonClass : secondaryButtonClass;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {confirming ? (
        <>
          <button type="button" className={dangerButtonClass} onClick={run} disabled={pending} aria-label={props.ariaLabel ? `${props.confirmLabel ?? props.label}: ${props.ariaLabel}` : undefined}>
            {props.confirmLabel ?? props.label}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>{common("cancel")}</button>
        </>
      ) : (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          aria-label={props.ariaLabel}
          onClick={() => (props.confirmLabel ? setConfirming(true) : run())}
        >
          {props.label}
        </button>
      )}
      <span role="status" aria-live="polite" className={message && !message.ok ? errorTextClass : "text-sm"}>
        {message?.text ?? ""}
      </span>
    </span>
  );
}
