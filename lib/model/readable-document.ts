/**
 * An office document (JPO refusal reasons, decisions, opinions, amendments) as plain text blocks
 * that the UI renders as Preact text nodes: the office's markup is never rendered, so a hostile
 * document cannot put a form or a script into an extension page (issue 16 §5, issue 9 §6).
 */
export interface ReadableDocument {
  title: string;
  /** Bibliographic lines: label (the office's own element, in words) and value. */
  facts: { label: string; value: string }[];
  blocks: ReadableBlock[];
}

export type ReadableBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A cited document (引用文献) or a statutory article named by the office. */
  | { kind: 'item'; text: string };
