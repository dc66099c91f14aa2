/**
 * Running the extractors over one page's text. An extractor that throws, or gives a span that is
 * not the text it claims, loses that page's findings, never the document: the store refuses a
 * mention whose span does not hold its text, and one faulty rule must not fail a whole leak.
 */
import type { Extracted, Extractor } from './types.js';

export interface ExtractionRun {
  found: Extracted[];
  /** One line per extractor that failed on the page, for the report of the run. */
  problems: string[];
}

function nameOf(extractor: Extractor, index: number): string {
  return extractor.name || `extractor ${index + 1}`;
}

export function runExtractors(text: string, extractors: readonly Extractor[]): ExtractionRun {
  const found: Extracted[] = [];
  const problems: string[] = [];
  extractors.forEach((extractor, index) => {
    let results: Extracted[];
    try {
      results = extractor(text);
    } catch (error) {
      problems.push(`${nameOf(extractor, index)} failed: ${(error as Error).message}`);
      return;
    }
    for (const item of results) {
      const inside = item.start >= 0 && item.end > item.start && item.end <= text.length;
      if (!inside || text.slice(item.start, item.end) !== item.text) {
        problems.push(
          `${item.extractor}: span ${item.start}-${item.end} does not hold "${item.text}"`,
        );
        continue;
      }
      found.push(item);
    }
  });
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return { found, problems };
}
