import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ExposureAnswer, JurisdictionExposure } from './api.js';
import { ExposureSection } from './Exposure.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

const edge = {
  id: 'e1',
  type: 'ownership',
  source: 'n-ofac-1',
  target: 'acme',
  sourceCaption: 'Listed Holding',
  targetCaption: 'Acme Trading',
  percentage: 60,
  percentageLow: null,
  percentageHigh: null,
  startDate: null,
  endDate: null,
  provenance: { kind: 'statement' as const, dataset: 'registry', statementId: 'st-e1' },
};

function rule(extra: Partial<JurisdictionExposure>): JurisdictionExposure {
  const base = { exposed: true, status: 'exposed', share: 0.6, listed: false, controlled: false };
  return { jurisdiction: 'us', range: { low: 0.6, high: 0.6 }, chains: [], ...base, ...extra };
}

test('exposure: a verdict and share per rule, each chain as owner → share → owned with its source', () => {
  const answer: ExposureAnswer = {
    entity: 'acme',
    state: 'computed',
    detail: '',
    node: 'acme',
    caption: 'Acme Trading',
    jurisdictions: {
      us: rule({ chains: [{ edges: [edge] }] }),
      eu: rule({ jurisdiction: 'eu' }),
      uk: rule({
        jurisdiction: 'uk',
        exposed: null,
        status: 'possibly',
        share: null,
        range: { low: 0.25, high: 0.5 },
      }),
    },
  };
  const html = renderToStaticMarkup(<ExposureSection answer={answer} />);
  assert.match(text(html), /United StatesExposed60%/);
  assert.match(text(html), /United KingdomPossibly exposed25%–50%/);
  assert.match(
    text(html),
    /Listed Holding → 60% → Acme Trading \(source: registry, statement st-e1\)/,
  );
  // The chains open and close with the keyboard (a summary), and say which rule they are under.
  assert.match(html, /<summary>United States: 1 chain of ownership<\/summary>/);
  assert.match(html, /<ol aria-label="Chain under United States">/);
});

test('exposure without ownership data says so and gives no verdict', () => {
  const answer: ExposureAnswer = {
    entity: 'x',
    state: 'no_ownership_data',
    detail: 'no ownership data is loaded, so exposure through owners cannot be computed',
    node: null,
    caption: null,
    jurisdictions: null,
  };
  const html = text(renderToStaticMarkup(<ExposureSection answer={answer} />));
  assert.match(html, /No ownership data loaded: no ownership data is loaded/);
  assert.doesNotMatch(html, /Not exposed|Exposed/);
});
