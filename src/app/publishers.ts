/**
 * Where the publishers put the current lists. `dossier update` downloads these; each file is saved
 * under the name its source expects (OFAC's set is told apart by file name).
 */
export interface PublishedList {
  dataset: string;
  format: string;
  files: { url: string; saveAs: string }[];
}

const OFAC = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

export const PUBLISHED_LISTS: readonly PublishedList[] = [
  {
    dataset: 'ofac',
    format: 'ofac-csv',
    files: ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((name) => ({
      url: `${OFAC}/${name.toUpperCase()}`,
      saveAs: name,
    })),
  },
  {
    dataset: 'ofac-cons',
    format: 'ofac-csv',
    files: ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((name) => ({
      url: `${OFAC}/${name.toUpperCase()}`,
      saveAs: name,
    })),
  },
  {
    dataset: 'un',
    format: 'un-xml',
    files: [
      { url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', saveAs: 'un.xml' },
    ],
  },
  {
    dataset: 'uk',
    format: 'uk-fcdo-xml',
    files: [
      { url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml', saveAs: 'uk.xml' },
    ],
  },
  {
    dataset: 'eu',
    format: 'eu-fsf',
    files: [
      {
        url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
        saveAs: 'eu.xml',
      },
    ],
  },
  {
    dataset: 'bis-dpl',
    format: 'bis-dpl',
    files: [{ url: 'https://www.bis.doc.gov/dpl/dpl.txt', saveAs: 'dpl.txt' }],
  },
  {
    dataset: 'csl',
    format: 'csl',
    files: [
      {
        url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv',
        saveAs: 'csl.csv',
      },
    ],
  },
];
