/**
 * The link "Copy link" puts on the clipboard: the canonical address of the lab with every setting, so that it opens
 * the same run anywhere. Own CSV data goes into it only while it fits in a link (csvTooLongForUrl); otherwise the
 * link carries the settings only and says so (`dataLeftOut`), and the lab offers the data as a download instead.
 */
import { csvTooLongForUrl, encodeLabUrl, type LabUrlInput } from "./lab-url";

export interface ShareLink {
  url: string;
  /** True when the user's own data was too long for the link and is not in it. */
  dataLeftOut: boolean;
}

/** `pageUrl` is the lab's canonical address (its query and fragment are replaced). */
export function shareLink(pageUrl: string, state: LabUrlInput): ShareLink {
  const url = new URL(pageUrl);
  url.search = encodeLabUrl(state).toString();
  url.hash = "";
  const dataLeftOut = state.source === "csv" && state.csv.trim() !== "" && csvTooLongForUrl(state.csv);
  return { url: url.toString(), dataLeftOut };
}

/** The file name "Download data (CSV)" gives the user's own data. */
export function dataFileName(seed: number): string {
  return `regression-data-seed${seed}.csv`;
}
