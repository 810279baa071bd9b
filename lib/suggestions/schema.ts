// One zod schema for a reader's suggestion, shared by the public form (client), the endpoint and its tests
// (STYLE: one schema per entity). Field rules come from the admin's use-case schema; the caps on links and sizes
// are tighter, because anyone may send this.
import { z } from "zod";
import { isHttpUrl, storableString, text } from "@/lib/schemas/common";
import { useCaseFields } from "@/lib/schemas/use-case";

export const SUGGEST_CAPS = {
  sources: 5,
  links: 12,
  body: 10_000,
  reason: 2_000,
  credit: 100,
  email: 200,
  otherDomain: 100,
  /** The whole request body, in bytes. */
  requestBytes: 64_000,
} as const;

/** The entities a reader may suggest an edit to: those with a public page or anchor. */
export const SUGGESTIBLE_TYPES = ["use-case", "domain", "technique", "mechanism", "challenge", "resource", "faq"] as const;
export type SuggestibleType = (typeof SUGGESTIBLE_TYPES)[number];

const url = storableString().trim().max(2_000, "tooLong:2000").refine(isHttpUrl, "invalidUrl");
const sources = z.array(url, "invalid").max(SUGGEST_CAPS.sources, `tooMany:${SUGGEST_CAPS.sources}`);
const ids = z
  .array(z.coerce.number("invalid").int("invalid").positive("invalid"), "invalid")
  .max(SUGGEST_CAPS.links, `tooMany:${SUGGEST_CAPS.links}`)
  .refine((xs) => new Set(xs).size === xs.length, "duplicate");
const email = storableString()
  .trim()
  .max(SUGGEST_CAPS.email, `tooLong:${SUGGEST_CAPS.email}`)
  .refine((s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), "invalidEmail");

/** What every suggestion carries besides its content: the abuse checks, the honeypot and the contact. */
const common = {
  creditName: text(SUGGEST_CAPS.credit),
  email,
  /** The honeypot: a field hidden from people; anything in it marks the sender as a robot. */
  website: z.string().max(2_000).optional().default(""),
  challenge: z.string().max(200).default(""),
  signature: z.string().max(200).default(""),
  counter: z.union([z.string().max(20), z.number()]).default(""),
  locale: z.enum(["en", "zh"]).default("en"),
};

export const newSuggestionSchema = z
  .object({
    kind: z.literal("new"),
    /** 0: "other", named in otherDomain. */
    domainId: z.coerce.number("invalid").int("invalid").min(0, "required"),
    otherDomain: text(SUGGEST_CAPS.otherDomain),
    titleZh: useCaseFields.shape.titleZh,
    titleEn: useCaseFields.shape.titleEn,
    summaryZh: useCaseFields.shape.summaryZh,
    summaryEn: useCaseFields.shape.summaryEn,
    body: storableString().transform((s) => s.replace(/\s+$/, "")).pipe(z.string().max(SUGGEST_CAPS.body, `tooLong:${SUGGEST_CAPS.body}`)),
    techniques: ids,
    mechanisms: ids,
    challenges: ids,
    sources: sources.min(1, "required"),
    ...common,
  })
  .superRefine((v, ctx) => {
    if (v.titleZh === "" && v.titleEn === "") {
      ctx.addIssue({ code: "custom", message: "requiredOneLanguage", path: ["titleEn"] });
      ctx.addIssue({ code: "custom", message: "requiredOneLanguage", path: ["titleZh"] });
    }
    if (v.domainId === 0 && v.otherDomain === "") ctx.addIssue({ code: "custom", message: "required", path: ["otherDomain"] });
  });

export const editSuggestionSchema = z.object({
  kind: z.literal("edit"),
  entity: z.enum(SUGGESTIBLE_TYPES, "invalidChoice"),
  slug: z.string().max(80),
  // Versions are 32-bit integers in the database.
  baseVersion: z.coerce.number("invalid").int("invalid").positive("invalid").max(2_147_483_647, "invalid"),
  /** The proposed values of the suggestible fields (validated again by the entity's own schema on the server). */
  values: z.record(z.string().max(40), storableString().max(SUGGEST_CAPS.body, `tooLong:${SUGGEST_CAPS.body}`)),
  reason: text(SUGGEST_CAPS.reason).min(1, "required"),
  sources,
  ...common,
});

export const suggestionSchema = z.discriminatedUnion("kind", [newSuggestionSchema, editSuggestionSchema]);
export type SuggestionInput = z.input<typeof suggestionSchema>;
export type NewSuggestion = z.output<typeof newSuggestionSchema>;
export type EditSuggestion = z.output<typeof editSuggestionSchema>;

/** The languages a new suggestion is written in, for the queue's filter. */
export function languageOf(zh: string, en: string): "zh" | "en" | "both" {
  if (zh.trim() !== "" && en.trim() !== "") return "both";
  return zh.trim() !== "" ? "zh" : "en";
}

export const SUGGESTION_STATES = ["received", "accepted", "declined", "spam"] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];
export const SUGGESTION_KINDS = ["new", "edit"] as const;

/** The stored proposal of a new use case (payload of kind "new"). */
export interface NewProposal {
  domainId: number;
  otherDomain: string;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  body: string;
  techniques: number[];
  mechanisms: number[];
  challenges: number[];
}
