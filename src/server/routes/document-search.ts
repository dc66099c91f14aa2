/**
 * `GET /search/documents`: the pages holding a query across every case (or the cases named), as
 * `GET /cases/{case}/search` finds them in one, each with its case, and the count of pages found
 * per case (the workbench's "case" facet). Each case is searched with the same service as the
 * per-case route, so spans are offsets into the page's stored text, ready for the viewer's
 * `?page=&start=&end=`.
 */
import { foundPageJson } from '../../app/documents/index.js';
import type { FoundPage } from '../../app/documents/index.js';
import type { Handler } from '../context.js';
import { NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { DOCUMENT_SEARCH_QUERY } from '../schemas/index.js';

/**
 * Each case's pages come best first, but scores are not comparable across the per-case look-ups:
 * the cases take turns (first of each, then second of each...), so that no case crowds out others.
 */
function interleave<T>(lists: T[][], limit: number): T[] {
  const out: T[] = [];
  for (let i = 0; out.length < limit; i++) {
    let any = false;
    for (const list of lists) {
      if (i >= list.length) continue;
      any = true;
      out.push(list[i]!);
      if (out.length === limit) break;
    }
    if (!any) break;
  }
  return out;
}

export const documentSearchRoute: Handler = async (deps, ctx) => {
  const params = parseParams(ctx.query, DOCUMENT_SEARCH_QUERY);
  const service = deps.documents;
  if (!service) throw new NotFound('this server keeps no cases (it was started without them)');
  const all = await service.listCases();
  const wanted = params.case.length > 0 ? new Set(params.case) : null;
  // A case named but unknown is a mistake worth saying: requireCase words it (with a suggestion).
  for (const name of wanted ?? []) await service.requireCase(name);
  const cases = all.filter((c) => !wanted || wanted.has(c.name));
  const perCase: { case: string; title: string | null; hits: FoundPage[] }[] = [];
  for (const c of cases) {
    const hits = await service.find(c.name, params.q, { limit: params.limit });
    if (hits.length > 0) perCase.push({ case: c.name, title: c.title, hits });
  }
  const tagged = perCase.map((p) => p.hits.map((h) => ({ case: p.case, ...foundPageJson(h) })));
  const values = perCase.map((p) => ({
    name: p.case,
    label: p.title || p.case,
    count: p.hits.length,
  }));
  return json({
    query: params.q,
    limit: params.limit,
    results: interleave(tagged, params.limit),
    facets: { case: { label: 'Cases', values } },
  });
};
