/** Markup already escaped: what `html` returns and accepts as is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or an attribute's quoted value: nothing from the plan becomes markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** What a template interpolates: markup, text, a number, nothing, or a list of them. */
export type Markup = Html | string | number | boolean | null | undefined | readonly Markup[];

function render(value: Markup): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return (value as readonly Markup[]).map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A template of markup: every interpolated value is escaped unless it is `Html` already (a nested
 * template), lists are joined, and `undefined`, `null` and `false` render nothing.
 */
export function html(strings: TemplateStringsArray, ...values: Markup[]): Html {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += render(values[i]) + strings[i + 1]!;
  return new Html(text);
}

/** JSON inside a `<script>`: `</script>` and `<!--` in plan text cannot end or change the element. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
