/** HTML pages (issue 11): visible text, title and meta as properties, charset from BOM or meta. */
export { declaredCharset, htmlReader } from './reader.js';
export { type HtmlText, htmlToText } from './text.js';
