/**
 * HTML to text with htmlparser2: what a browser would show, roughly. Scripts, styles and other
 * invisible content are dropped; block elements and `<br>` end lines, table cells are separated by
 * tabs; runs of white space collapse to one space except inside `<pre>`. The title and the
 * `<meta name|property content>` pairs are gathered on the way. Entities are decoded by the parser.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'select',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

const CELL = new Set(['td', 'th']);

/** Meta names kept at most, so that a page of generated metas does not flood the properties. */
const MAX_METAS = 50;

export interface HtmlText {
  text: string;
  title: string | null;
  /** `<meta>` contents by lower-cased name or property (`description`, `author`, `og:title`). */
  meta: Record<string, string[]>;
}

/**
 * Text assembled with white space collapsed and line breaks asked for by the elements. Pieces are
 * kept in a list and only the last character is looked at: testing the whole text at each step
 * would make a large page quadratic.
 */
class TextBuilder {
  private readonly parts: string[] = [];
  /** The last character written, '' before any. */
  private last = '';
  private space = false;
  private breaks = 0;

  add(text: string, pre: boolean): void {
    if (pre) {
      this.flush();
      this.write(text);
      return;
    }
    const collapsed = text.replace(/\s+/g, ' ');
    const word = collapsed.trim();
    if (collapsed.startsWith(' ')) this.space = true;
    if (word === '') return;
    this.flush();
    this.write(word);
    this.space = collapsed.endsWith(' ');
  }

  /** End the line (a block element's start or end). */
  lineBreak(): void {
    this.breaks = Math.max(this.breaks, 1);
    this.space = false;
  }

  /** A `<br>`: a second one in a row leaves an empty line, more add nothing. */
  forcedBreak(): void {
    this.breaks = Math.min(this.breaks + 1, 2);
    this.space = false;
  }

  cell(): void {
    if (this.last === '' || this.last === '\n' || this.breaks > 0) return;
    this.write('\t');
    this.space = false;
  }

  private write(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.last = text[text.length - 1]!;
  }

  private flush(): void {
    if (this.last !== '' && this.breaks > 0) this.write('\n'.repeat(this.breaks));
    else if (this.space && this.last !== '' && this.last !== '\n' && this.last !== '\t')
      this.write(' ');
    this.breaks = 0;
    this.space = false;
  }

  get text(): string {
    return this.parts.join('');
  }
}

export function htmlToText(html: string): HtmlText {
  const builder = new TextBuilder();
  const meta: Record<string, string[]> = {};
  let metas = 0;
  let hidden = 0;
  let pre = 0;
  let title: string | null = null;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title' && title === null) inTitle = true;
        else if (name === 'meta') {
          const key = (attrs.name ?? attrs.property ?? '').trim().toLowerCase();
          const content = attrs.content?.trim();
          if (key && content && metas < MAX_METAS) {
            metas++;
            meta[key] = [...(meta[key] ?? []), content];
          }
        }
        if (HIDDEN.has(name)) hidden++;
        else if (name === 'pre') pre++;
        if (hidden > 0) return;
        if (name === 'br') builder.forcedBreak();
        else if (BLOCK.has(name)) builder.lineBreak();
        else if (CELL.has(name)) builder.cell();
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (HIDDEN.has(name)) hidden = Math.max(hidden - 1, 0);
        else if (name === 'pre') pre = Math.max(pre - 1, 0);
        else if (hidden === 0 && BLOCK.has(name)) builder.lineBreak();
      },
      ontext(text) {
        if (inTitle) title = (title ?? '') + text;
        else if (hidden === 0) builder.add(text, pre > 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const cleanTitle = title === null ? null : (title as string).replace(/\s+/g, ' ').trim() || null;
  return { text: builder.text.trim(), title: cleanTitle, meta };
}
