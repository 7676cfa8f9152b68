// Where the project's files are, whether the code runs from source (tsx) or compiled
// (dist/): the package root is the nearest folder above this module with a package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const DATA_DIR = join(ROOT, 'data') + '/';
/** The Fluent catalogs are read from the sources (the compiler does not copy them). */
export const LOCALES_DIR = join(ROOT, 'src', 'i18n', 'locales') + '/';
