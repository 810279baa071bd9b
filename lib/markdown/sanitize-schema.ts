import { defaultSchema } from "rehype-sanitize";

type Schema = typeof defaultSchema;

/**
 * GitHub's sanitize schema plus the two classes remark-math puts on maths (`math-inline`, `math-display`), so that
 * rehype-katex, which runs after the sanitizer, still knows inline from display maths. Nothing else is widened.
 */
export const markdownSanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", /^language-./, "math-inline", "math-display"]],
  },
};
