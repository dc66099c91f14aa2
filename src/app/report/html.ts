/**
 * HTML built from templates that escape every value by default. Document text, file names, list
 * captions and reviewers' notes are all untrusted: a leaked file may hold `<script>` or an
 * `onerror=` attribute on purpose. Only fragments made here (`Html`) pass through unescaped, so
 * forgetting to escape is impossible rather than a matter of care.
 */

/** A fragment of markup made by `html`: trusted, inserted as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an element's content and for a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template whose interpolated values are escaped unless they are `Html`; arrays are joined.
 *
 * @example
 * ```ts
 * html`<td>${'<b>'}</td>`.value; // '<td>&lt;b&gt;</td>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Fragments joined into one. */
export function join(parts: readonly HtmlValue[], separator = ''): Html {
  return new Html(parts.map(render).join(separator));
}

/**
 * An id usable in HTML and in a CSS selector without escaping: anything but letters, digits,
 * `-` and `_` becomes `_`.
 */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}
