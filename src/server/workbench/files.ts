/**
 * The built workbench (dist/workbench, made by `npm run build`) read once into memory: a few
 * hundred kilobytes, each file with its content type and a gzip copy. Only files found here are
 * ever served, so no request path can reach outside the folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface StaticFile {
  body: Buffer;
  /** The gzip copy, for text types; null where gzip would not pay. */
  gzip: Buffer | null;
  contentType: string;
}

/** By extension; anything else is not served (a bundle holds nothing else). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** Where `npm run build` puts the bundle: dist/workbench, beside dist/src. */
export function defaultWorkbenchDir(): string {
  // This file is dist/src/server/workbench/files.js once compiled.
  return fileURLToPath(new URL('../../../workbench/', import.meta.url));
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** The bundle's files by their path under /app/ ("index.html", "assets/index-x1y2.js"); null without a bundle. */
export function readWorkbench(dir: string): Map<string, StaticFile> | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const paths: string[] = [];
  walk(dir, paths);
  const files = new Map<string, StaticFile>();
  for (const path of paths) {
    const ext = extname(path).toLowerCase();
    const contentType = TYPES[ext];
    if (!contentType) continue;
    const body = readFileSync(path);
    const gzip = COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body, { level: 9 }) : null;
    files.set(relative(dir, path).split(sep).join('/'), { body, gzip, contentType });
  }
  return files;
}
