/** The columns of the search results table. */
import type { EntityJson } from '../../api/types.js';
import { href } from '../../app/router.js';
import { columnHelper } from '../../components/DataTable.js';
import { Link } from '../../components/Link.js';
import { Score } from '../../components/Notice.js';

const helper = columnHelper<EntityJson>();

function values(entity: EntityJson, prop: string): string {
  return (entity.properties[prop] ?? []).filter((v) => typeof v === 'string').join('; ');
}

export const RESULT_COLUMNS = helper.columns([
  helper.accessor('caption', {
    header: 'Name',
    cell: (info) => (
      <Link href={href(`/entities/${encodeURIComponent(info.row.original.id)}`)}>
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor('schema', { header: 'Type' }),
  helper.accessor(
    (e) => values(e, 'country') || values(e, 'nationality') || values(e, 'jurisdiction'),
    {
      id: 'countries',
      header: 'Countries',
    },
  ),
  helper.accessor((e) => values(e, 'program'), { id: 'program', header: 'Programmes' }),
  helper.accessor((e) => e.datasets.join(', '), { id: 'datasets', header: 'Lists' }),
  helper.accessor((e) => e.score ?? 0, {
    id: 'score',
    header: 'Score',
    cell: (info) => <Score value={info.getValue()} />,
  }),
]);
