// The dashboard's one way to write HTML: a tagged template that escapes every value put in it.
// Only an Html value (what another `h` template, or `trusted` for the charts' SVG, made) goes
// in as it is; arrays are joined; null, undefined and false write nothing. So no text from the
// store, the plan or the URL ever reaches a page unescaped.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function write(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(write).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += write(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Markup made by code we trust to escape its own text (ECharts' SVG renderer): inserted as it is. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A query string from parameters, leaving out empty ones ("?part=5&health=overdue"). */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
