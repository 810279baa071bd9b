// Splits a passage's text into runs for rendering: `**bold**` markers become bold runs, and each phrase to link
// (its first occurrence) becomes a run carrying the phrase's index. Pure: the page renders runs, never HTML.

export interface TextRun {
  text: string;
  bold: boolean;
}

export interface TextPiece {
  runs: TextRun[];
  /** Index into the phrases given, for the piece that is a linked phrase. */
  mark?: number;
}

export function textPieces(source: string, phrases: readonly (string | undefined)[]): TextPiece[] {
  // 1. Strip the bold markers, remembering which characters were bold.
  let plain = "";
  const bold: boolean[] = [];
  const parts = source.split("**");
  parts.forEach((part, k) => {
    // An unmatched trailing "**" stays as text.
    const isBold = k % 2 === 1 && k < parts.length - (parts.length % 2 === 0 ? 1 : 0);
    const text = k % 2 === 1 && !isBold ? `**${part}` : part;
    plain += text;
    for (let i = 0; i < text.length; i++) bold.push(isBold);
  });
  // 2. Where each phrase sits (first occurrence not overlapping an earlier phrase).
  const mark = new Array<number | undefined>(plain.length).fill(undefined);
  phrases.forEach((phrase, index) => {
    if (!phrase) return;
    let from = 0;
    for (;;) {
      const at = plain.indexOf(phrase, from);
      if (at < 0) return;
      if (mark.slice(at, at + phrase.length).every((m) => m === undefined)) {
        for (let i = at; i < at + phrase.length; i++) mark[i] = index;
        return;
      }
      from = at + 1;
    }
  });
  // 3. Pieces of equal mark, each a list of runs of equal boldness.
  const pieces: TextPiece[] = [];
  for (let i = 0; i < plain.length; i++) {
    let piece = pieces.at(-1);
    if (!piece || piece.mark !== mark[i]) {
      piece = { runs: [], ...(mark[i] !== undefined ? { mark: mark[i] } : {}) };
      pieces.push(piece);
    }
    const run = piece.runs.at(-1);
    if (run && run.bold === bold[i]) run.text += plain[i];
    else piece.runs.push({ text: plain[i], bold: bold[i] });
  }
  return pieces;
}
