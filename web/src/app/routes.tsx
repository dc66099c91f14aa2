/**
 * The workbench's views: one folder each under views/, loaded on first use (each is a chunk of
 * its own). A new view is one line here and, for the menu, one entry in NAV.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../api/types.js';
import type { Location } from './router.js';

export interface ViewProps {
  params: Record<string, string>;
  location: Location;
}

export interface RouteDef {
  pattern: string;
  view: LazyExoticComponent<ComponentType<ViewProps>>;
  /** The role the view needs; it is not offered to a caller without it. */
  role: Role;
  title: string;
}

const SearchView = lazy(() => import('../views/search/SearchView.js'));
const EntityView = lazy(() => import('../views/entity/EntityView.js'));
const JobsView = lazy(() => import('../views/screening/JobsView.js'));
const JobView = lazy(() => import('../views/screening/JobView.js'));
const NetworkView = lazy(() => import('../views/network/NetworkView.js'));
const CasesView = lazy(() => import('../views/cases/CasesView.js'));
const CaseView = lazy(() => import('../views/cases/CaseView.js'));

export const ROUTES: readonly RouteDef[] = [
  { pattern: '/', view: SearchView, role: 'read', title: 'Search' },
  { pattern: '/search', view: SearchView, role: 'read', title: 'Search' },
  { pattern: '/entities/:id', view: EntityView, role: 'read', title: 'Entity' },
  { pattern: '/network/:id', view: NetworkView, role: 'read', title: 'Network' },
  { pattern: '/screening', view: JobsView, role: 'screen', title: 'Screening' },
  { pattern: '/screening/:job', view: JobView, role: 'screen', title: 'Screening job' },
  {
    pattern: '/cases/:case/documents/:doc',
    view: lazy(() => import('../views/documents/DocumentView.js')),
    role: 'read',
    title: 'Document',
  },
  { pattern: '/cases', view: CasesView, role: 'read', title: 'Cases' },
  { pattern: '/cases/:case', view: CaseView, role: 'read', title: 'Case' },
];

/** The menu: path and label, with the role each needs. */
export const NAV: readonly { path: string; label: string; role: Role }[] = [
  { path: '/search', label: 'Search', role: 'read' },
  { path: '/screening', label: 'Screening', role: 'screen' },
  { path: '/cases', label: 'Cases', role: 'read' },
];
