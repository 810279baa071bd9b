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
  domain: "result-chip-domain",
  technique: "result-chip-technique",
  mechanism: "result-chip-mechanism",
  challenge: "result-chip-challenge",
};

/** A chip that is a link, above the card's stretched link. */
function ChipLink({ facet, entity }: { facet: EntityFacet; entity: RefView }) {
  return (
    <Link
      href={entityHref(facet, entity.slug)}
      prefetch={false}
      lang={entity.name.fallback ? entity.name.lang : undefined}
      className={`result-chip ${CHIP_STYLE[facet]}`}
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
        <li key={item.slug} className="result-card">
          <h3 className="text-lg font-semibold leading-snug">
            <IntentLink
              href={`/use-cases/${item.slug}`}
              className="result-card-link"
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
