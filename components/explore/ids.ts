// Element ids shared by the explorer's server page and its client components (a constant exported from a
// "use client" module would reach a server component as a client reference, not as the string).

/** The results section: shown from its top when the filter dialog closes. */
export const RESULTS_TOP_ID = "explore-results-top";
