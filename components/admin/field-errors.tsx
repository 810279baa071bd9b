"use client";

import { useTranslations } from "next-intl";
import { errorTextClass } from "./styles";
import { messageOr } from "@/i18n/message-or";

/** Turns an error code from the server ("tooLong:200", "slugTaken", "weakPassword:common") into a sentence. */
export function useErrorText(): (code: string) => string {
  const t = useTranslations("admin.fieldErrors");
  const hardening = useTranslations("admin.hardening");
  return (code: string) => {
    const [key = "invalid", arg = ""] = code.split(":");
    switch (key) {
      case "tooLong":
        return t("tooLong", { max: Number(arg) });
      case "tooShort":
        return t("tooShort", { min: Number(arg) });
      case "tooMany":
        return t("tooMany", { max: Number(arg) });
      case "passwordChangeThrottled":
        return hardening("passwordChangeThrottled", { minutes: Number(arg) });
      case "weakPassword":
        return messageOr(t, `weakPassword.${arg}`, t("invalid"));
      default:
        return messageOr(t, key, t("invalid"));
    }
  };
}

/** The errors of one field, next to it; `id` is what the control's aria-describedby points at. */
export function FieldErrors({ id, codes }: { id: string; codes: string[] | undefined }) {
  const text = useErrorText();
  if (!codes || codes.length === 0) return null;
  return (
    <p id={id} className={errorTextClass}>
      {codes.map(text).join(" ")}
    </p>
  );
}
