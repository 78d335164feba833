const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** One run of a search snippet: plain text, or a matched word. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * A search snippet (escaped HTML whose only tags are <mark>…</mark>) as text runs, so it renders as React
 * text, never as HTML: whatever the server sends, nothing in it can become markup.
 */
export function parseSnippet(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') match = true;
    else if (piece === '</mark>') match = false;
    else if (piece) parts.push({ text: piece.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]), match });
  }
  return parts;
}
