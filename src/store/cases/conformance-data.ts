/**
 * Test data shared by the case store's conformance suites: documents named by the hash of a
 * short text, and pages in Russian and English with mentions found at their real offsets.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { CaseStore, MentionInput, NewDocument, Page } from './types.js';

export const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export const doc = (
  content: string,
  path: string,
  extra: Partial<NewDocument> = {},
): NewDocument => ({
  id: sha(content),
  size: content.length,
  fileName: path.split('/').pop()!,
  mediaType: 'text/plain',
  path,
  ...extra,
});

export const textPage = (page: number, text: string): Page => ({
  page,
  text,
  method: 'text',
  language: null,
  confidence: null,
  width: 595,
  height: 842,
});

/** A mention of `text` found on the page at its first occurrence. */
export function mention(page: Page, text: string, kind: string, value: string): MentionInput {
  const start = page.text.indexOf(text);
  assert.ok(start >= 0, `"${text}" is not on page ${page.page}`);
  return {
    page: page.page,
    start,
    end: start + text.length,
    kind,
    text,
    value,
    extractor: 'test',
    confidence: 0.9,
  };
}

export async function withCase(open: () => Promise<CaseStore>, name = 'garpiya') {
  const store = await open();
  await store.createCase({ name, title: 'Garpiya-3', at: new Date('2025-01-01T00:00:00Z') });
  return store;
}

export const P1 = textPage(1, 'Поставщик ООО «Купол», ИНН 1831067578, получил 1 200 000 юаней.');
export const P2 = textPage(2, 'Payment to Kupol JSC, INN 1831067578, 14.03.2024.');
