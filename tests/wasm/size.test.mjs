// The module's size: at most 160 KiB, 64 KiB gzipped (docs/performance.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

test('cartegrise.wasm: <= 160 KiB, <= 64 KiB gzipped', () => {
  const bytes = readFileSync(join(process.env.CARTEGRISE_NPM_DIR, 'cartegrise.wasm'));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  console.log(`cartegrise.wasm: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(1)} KiB), gzip -9: ${gzipped} bytes (${(gzipped / 1024).toFixed(1)} KiB)`);
  assert.ok(bytes.length <= 160 * 1024, `${bytes.length} bytes`);
  assert.ok(gzipped <= 64 * 1024, `${gzipped} bytes gzipped`);
  // A WASI reactor that needs nothing from its host.
  const module = new WebAssembly.Module(bytes);
  assert.deepEqual(WebAssembly.Module.imports(module), []);
});
