// The package under test: the staged npm directory of the build (CARTEGRISE_NPM_DIR), imported as a
// consumer imports it.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export const npmDir = process.env.CARTEGRISE_NPM_DIR;
if (!npmDir) throw new Error('CARTEGRISE_NPM_DIR is not set (the tests run through CTest)');
export const cg = await import(pathToFileURL(join(npmDir, 'cartegrise.js')).href);
