import { z } from "zod";
import {
  basisField, idField, LIMITS, linkList, markdown, oneLanguage, optionalUrlField, positionField, slugField, sourceField,
  statusField, text, updateKeys,
} from "./common";
import type { FieldSpec } from "./fields";

export const useCaseFields = z.object({
  slug: slugField,
  domainId: idField,
  titleZh: text(LIMITS.title),
  titleEn: text(LIMITS.title),
  summaryZh: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary),
  bodyZh: markdown(),
  bodyEn: markdown(),
  /** What we wrote beside what the article says ("What it typically involves"); shown with the editorial mark (issue 13). */
  editorialZh: markdown(),
  editorialEn: markdown(),
  basis: basisField,
  source: sourceField,
  externalUrl: optionalUrlField,
  position: positionField,
  status: statusField,
  techniques: linkList,
  mechanisms: linkList,
  challenges: linkList,
  resources: linkList,
});
const refine = oneLanguage<z.output<typeof useCaseFields>>("titleZh", "titleEn");

export const useCaseSchema = useCaseFields.superRefine(refine);
export const updateUseCaseSchema = useCaseFields.extend(updateKeys.shape).superRefine(refine);
export type UseCaseValues = z.output<typeof useCaseSchema>;
export const USE_CASE_LINKS = ["techniques", "mechanisms", "challenges", "resources"] as const;
export type UseCaseLinkField = (typeof USE_CASE_LINKS)[number];

export const useCaseFieldSpecs: FieldSpec[] = [
  { kind: "localized", name: "title", widget: "line", max: LIMITS.title },
  { kind: "slug", name: "slug", suggestFrom: "titleEn" },
  { kind: "reference", name: "domainId", target: "domain" },
  { kind: "localized", name: "summary", widget: "area", max: LIMITS.summary },
  { kind: "localized", name: "body", widget: "markdown", max: LIMITS.body },
  { kind: "localized", name: "editorial", widget: "markdown", max: LIMITS.body },
  { kind: "select", name: "basis", options: ["article", "editorial"] },
  { kind: "links", name: "techniques", target: "technique" },
  { kind: "links", name: "mechanisms", target: "mechanism" },
  { kind: "links", name: "challenges", target: "challenge" },
  { kind: "links", name: "resources", target: "resource" },
  { kind: "text", name: "source", max: LIMITS.source },
  { kind: "url", name: "externalUrl" },
  { kind: "number", name: "position" },
];

export const useCaseDefaults: z.input<typeof useCaseSchema> = {
  slug: "", domainId: 0, titleZh: "", titleEn: "", summaryZh: "", summaryEn: "", bodyZh: "", bodyEn: "", editorialZh: "", editorialEn: "",
  basis: "editorial", source: "", externalUrl: "", position: 0, status: "draft",
  techniques: [], mechanisms: [], challenges: [], resources: [],
};

