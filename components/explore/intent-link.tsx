"use client";

// A locale-aware link that prefetches its whole route (data included) once the visitor shows intent: pointer over
// it, keyboard focus or a touch. Until then it keeps Next's default, which for our dynamic pages fetches almost
// nothing. A results page lists up to 24 use cases; prefetching all of them on sight would cost 24 server renders
// per filter change, and the visitor follows one.
import { useState, type ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? true : null}
      onMouseEnter={(e) => {
        setIntent(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setIntent(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setIntent(true);
        onTouchStart?.(e);
      }}
    />
  );
}
