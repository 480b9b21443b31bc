import { termSpans } from '../../lib/terms/parallel';

/** Office text with each occurrence of the term in a <mark>: elements, never markup built from strings. */
export function Highlighted({ text, term }: { text: string; term?: string }) {
  const spans = term ? termSpans(text, term) : [];
  if (spans.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
