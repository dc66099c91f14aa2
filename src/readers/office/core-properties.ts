/**
 * Document properties an Office package records about itself: `docProps/core.xml` (Dublin Core:
 * title, author, dates, last editor) and `docProps/app.xml` (the company). They often name people
 * and organisations the text never does.
 */
import type { OfficePackage } from './package.js';

/** Core property element (local name) to the property name Dossier uses. */
const CORE: Record<string, string> = {
  title: 'title',
  subject: 'subject',
  creator: 'author',
  lastModifiedBy: 'lastModifiedBy',
  created: 'created',
  modified: 'modified',
  lastPrinted: 'lastPrinted',
  keywords: 'keywords',
  description: 'description',
  category: 'category',
};

const APP: Record<string, string> = {
  Company: 'company',
  Manager: 'manager',
  Application: 'application',
};

async function gather(pkg: OfficePackage, part: string | null, names: Record<string, string>) {
  const found: Record<string, string[]> = {};
  if (part === null) return found;
  let current: string | null = null;
  let text = '';
  await pkg.xml(part, {
    open(name) {
      current = Object.hasOwn(names, name) ? names[name]! : null;
      text = '';
    },
    text(t) {
      if (current) text += t;
    },
    close() {
      const value = text.trim();
      if (current && value) found[current] = [...(found[current] ?? []), value];
      current = null;
    },
  });
  return found;
}

export async function officeProperties(pkg: OfficePackage): Promise<Record<string, string[]>> {
  const core = await pkg.related('', 'core-properties', 'docProps/core.xml');
  const app = await pkg.related('', 'extended-properties', 'docProps/app.xml');
  return { ...(await gather(pkg, core, CORE)), ...(await gather(pkg, app, APP)) };
}
