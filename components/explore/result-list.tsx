// The explorer's results, rendered on the server with the search terms highlighted (<mark>). Each card is one link:
// the title's link stretches over the whole card (its ::after), so a tap anywhere opens the use case, and the chips
// naming its domain, techniques, mechanisms and challenges are links of their own layered above it (never a link
// inside a link). The title link prefetches on intent (IntentLink); chips do not prefetch.
import { getTranslations } from "next-intl/server";
import { BasisBadge } from "@/components/basis-badge";
import { Link } from "@/i18n/navigation";
import { entityHref } from "@/lib/links/entity-href";
import type { LocalizedText } from "@/lib/i18n/localize";
import type { RefView, UseCaseView } from "@/lib/catalog/explore/present";
import type { EntityFacet } from "@/lib/schemas/explore-params";
import { highlightSegments } from "@/lib/search/highlight";
import { IntentLink } from "./intent-link";
import { MatchSnippet, type MatchReason } from "./match-snippet";

async function Highlighted({ value, terms }: { value: LocalizedText; terms: string[] }) {
  const segments = highlightSegments(value.text, terms);
  const text = segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
  if (!value.fallback) return <>{text}</>;
  const t = await getTranslations("site");
  return (
    <>
      <span lang={value.lang}>{text}</span>{" "}
      <span title={t("fallbackTitle")} className="ml-1 inline-block rounded border border-amber-400 px-1 align-middle text-xs font-normal text-amber-800 dark:border-amber-500 dark:text-amber-300">
        {t("fallbackBadge")}
      </span>
    </>
  );
}

const CHIP_STYLE: Record<EntityFacet, string> = {
  domain: "border-slate-300 bg-slate-50 font-medium dark:border-slate-700 dark:bg-slate-800",
  technique: "border-accent-100 bg-accent-50 text-accent-700 dark:border-slate-700 dark:bg-slate-800 dark:text-accent-300",
  mechanism: "border-slate-300 border-dashed dark:border-slate-600",
  challenge: "border-amber-400 border-dashed dark:border-amber-600",
};

/** A chip that is a link, above the card's stretched link. */
function ChipLink({ facet, entity }: { facet: EntityFacet; entity: RefView }) {
  return (
    <Link
      href={entityHref(facet, entity.slug)}
      prefetch={false}
      lang={entity.name.fallback ? entity.name.lang : undefined}
      className={`relative z-10 inline-flex min-h-7 items-center rounded-full border px-2.5 text-xs text-slate-800 no-underline hover:border-accent-600 hover:underline dark:text-slate-200 ${CHIP_STYLE[facet]}`}
    >
      {entity.name.text}
    </Link>
  );
}

function ChipList({ label, facet, items }: { label: string; facet: EntityFacet; items: RefView[] }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((entity) => (
        <li key={entity.slug}>
          <ChipLink facet={facet} entity={entity} />
        </li>
      ))}
    </ul>
  );
}

export async function ResultList({ items, terms, snippets = {} }: { items: UseCaseView[]; terms: string[]; snippets?: Record<string, MatchReason> }) {
  const t = await getTranslations("explore");
  const common = await getTranslations("common");
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.slug} className="card relative transition-colors hover:border-accent-600 dark:hover:border-accent-300">
          <h3 className="text-lg font-semibold leading-snug">
            <IntentLink
              href={`/use-cases/${item.slug}`}
              className="after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-accent-600 dark:focus-visible:after:outline-accent-300"
            >
              <Highlighted value={item.title} terms={terms} />
            </IntentLink>
          </h3>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            {item.domain.slug ? (
              <ChipLink facet="domain" entity={item.domain} />
            ) : null}
            <BasisBadge basis={item.basis} />
          </div>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            <Highlighted value={item.summary} terms={terms} />
          </p>
          {snippets[item.slug] ? <MatchSnippet reason={snippets[item.slug]} /> : null}
          <div className="mt-3 space-y-1.5">
            <ChipList label={t("techniquesLabel")} facet="technique" items={item.techniques} />
            {item.mechanisms.length + item.challenges.length > 0 ? (
              <div className="flex flex-wrap gap-1.5">
                <ChipList label={common("mechanisms")} facet="mechanism" items={item.mechanisms} />
                <ChipList label={common("challenges")} facet="challenge" items={item.challenges} />
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
