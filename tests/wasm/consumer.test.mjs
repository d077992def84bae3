// The tarball `npm pack` made (CARTEGRISE_TARBALL_DIR), installed offline into a scratch project and used
// there as any consumer uses it: `import { quote } from 'cartegrise'`, with its types beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tarballDir = process.env.CARTEGRISE_TARBALL_DIR;
const work = process.env.CARTEGRISE_CONSUMER_DIR;
const npm = process.env.CARTEGRISE_NPM ?? 'npm';

test('npm install ./cartegrise-<version>.tgz --offline, then import it', () => {
  const tarballs = readdirSync(tarballDir).filter((f) => /^cartegrise-\d+\.\d+\.\d+\.tgz$/.test(f));
  assert.equal(tarballs.length, 1, tarballs.join(', '));
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const env = { ...process.env, npm_config_cache: join(work, '.npm-cache'), npm_config_update_notifier: 'false' };
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tarballDir, tarballs[0])],
               { cwd: work, env, stdio: 'inherit' });
  const installed = join(work, 'node_modules', 'cartegrise');
  for (const file of ['package.json', 'cartegrise.js', 'cartegrise.d.ts', 'cartegrise.wasm', 'README.md', 'LICENSE'])
    assert.ok(existsSync(join(installed, file)), file);
  writeFileSync(join(work, 'use.mjs'), `
import { quote, quoteTotals, rates } from 'cartegrise';
const request = { application_date: '2026-06-01', holder_department: '75', procedure: 'used',
                  vehicle: { genre: 'VP', energy: 'ES', fiscal_cv: 7, first_registration: '2019-05-03' } };
const q = quote(request, { lang: 'en' });
const bad = quote({ ...request, holder_department: '99' });
console.log(JSON.stringify({ y6: quoteTotals(request).y6, lang: q.lang, steps: q.steps.length,
                             field: bad.error.field, regions: rates('2026-06-01').regions.length }));
`);
  const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: work, encoding: 'utf8' }));
  assert.deepEqual(out, { y6: 49676, lang: 'en', steps: out.steps, field: 'holder_department', regions: 18 });
  assert.ok(out.steps >= 5);
});
