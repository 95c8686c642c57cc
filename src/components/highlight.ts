// Split a report's normalized text into plain and highlighted pieces, one highlight per distinct character range.
// Pure: the page turns the pieces into text nodes and <mark> elements (never HTML strings).

export interface Span {
  id: string;
  start: number | null | undefined;
  end: number | null | undefined;
}

export interface Piece {
  text: string;
  start: number;
  end: number;
  /** ids of the observations at exactly this range; absent for plain text */
  ids?: string[];
}

/**
 * Pieces covering the whole text in order. Observations with the same range share one piece. A range that is empty,
 * out of bounds or overlaps an earlier (lower start, then longer) range is not highlighted; its id is returned in
 * `skipped` so the page can still list it.
 */
export function segmentText(text: string, spans: Span[]): { pieces: Piece[]; skipped: string[] } {
  const byRange = new Map<string, { start: number; end: number; ids: string[] }>();
  const skipped: string[] = [];
  for (const s of spans) {
    const start = s.start ?? -1;
    const end = s.end ?? -1;
    if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end <= start || end > text.length) {
      skipped.push(s.id);
      continue;
    }
    const key = `${start}:${end}`;
    const r = byRange.get(key);
    if (r) r.ids.push(s.id);
    else byRange.set(key, { start, end, ids: [s.id] });
  }
  const ranges = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start < pos) {
      skipped.push(...r.ids);
      continue;
    }
    if (r.start > pos) pieces.push({ text: text.slice(pos, r.start), start: pos, end: r.start });
    pieces.push({ text: text.slice(r.start, r.end), start: r.start, end: r.end, ids: r.ids });
    pos = r.end;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), start: pos, end: text.length });
  return { pieces, skipped };
}
