// The npm package in one node process (docs/performance.md, "From JavaScript"): quoteTotals() and quote()
// per call, against two floors a JavaScript caller pays anyway:
//   - a hand-written JavaScript baseline: the used-car fee of one region in a few integer operations
//     (a table lookup, ten-year half rate, rounding to the euro), with none of the law's other cases;
//   - a naive JSON round trip: JSON.parse(JSON.stringify(x)) of the request, and of a quote object.
// Medians of several runs, in microseconds per call; never asserted (the CTest smoke run only checks that
// it runs).
//
//   node bench/bench_wasm.mjs [build/wasm/npm] [--smoke] [--json]
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const asJson = args.includes('--json');
const npmDir = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.CARTEGRISE_NPM_DIR ?? 'build/wasm/npm');
const cg = await import(pathToFileURL(join(npmDir, 'cartegrise.js')).href);

const on = '2026-06-01';
const requests = {
  used_vp_paris: { application_date: on, holder_department: '75', procedure: 'used',
                   vehicle: { genre: 'VP', energy: 'ES', fiscal_cv: 7, first_registration: '2019-05-03' } },
  new_vp_malus: { application_date: on, holder_department: '69', procedure: 'new',
                  vehicle: { genre: 'VP', energy: 'ES', fiscal_cv: 11, co2_g_km: 190, mass_kg: 2100 } },
  import_decote: { application_date: on, holder_department: '33', procedure: 'import',
                   vehicle: { genre: 'VP', energy: 'GO', fiscal_cv: 8, first_registration: '2019-09-13', co2_g_km: 160, mass_kg: 1900 } },
};

// The baseline: Île-de-France's 2026 rate with the IDFM surcharge, cents per CV; nothing else.
const perCv = { '75': 6895, '77': 6895, '78': 6895, '91': 6895, '92': 6895, '93': 6895, '94': 6895, '95': 6895 };
function baseline(r) {
  const v = r.vehicle;
  const [y, m, d] = v.first_registration.split('-').map(Number);
  const [ay, am, ad] = r.application_date.split('-').map(Number);
  const tenYears = ay - y > 10 || (ay - y === 10 && (am > m || (am === m && ad >= d)));
  const y1 = tenYears ? Math.round((perCv[r.holder_department] * v.fiscal_cv) / 2) : perCv[r.holder_department] * v.fiscal_cv;
  const y4 = 1100;
  const y5 = 276;
  return { y1, y4, y5, y6: Math.floor((y1 + y4 + 50) / 100) * 100 + y5 };
}

function measure(f, seconds) {
  let sink = 0;
  for (let i = 0; i < 2000; ++i) sink += f() ? 1 : 0;  // warm up (JIT tiers)
  const runs = [];
  for (let run = 0; run < 7; ++run) {
    let n = 0;
    const start = process.hrtime.bigint();
    const until = start + BigInt(Math.round((seconds * 1e9) / 7));
    let now = start;
    while (now < until) {
      for (let i = 0; i < 100; ++i) sink += f() ? 1 : 0;
      n += 100;
      now = process.hrtime.bigint();
    }
    runs.push(Number(now - start) / 1000 / n);
  }
  runs.sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return runs[3];
}

const seconds = smoke ? 0.05 : 1.5;
const rows = [];
const add = (name, f) => rows.push({ name, us: measure(f, seconds) });

const paris = requests.used_vp_paris;
if (baseline(paris).y6 !== cg.quoteTotals(paris).y6) throw new Error('the baseline is not the same fee');
add('js_baseline used_vp_paris', () => baseline(paris));
add('json_round_trip request', () => JSON.parse(JSON.stringify(paris)));
const quoteObject = cg.quote(paris);
add('json_round_trip quote (fr)', () => JSON.parse(JSON.stringify(quoteObject)));
for (const [name, r] of Object.entries(requests)) {
  add(`quoteTotals ${name}`, () => cg.quoteTotals(r));
  add(`quote ${name} (fr)`, () => cg.quote(r));
}
add('quote used_vp_paris (en)', () => cg.quote(paris, { lang: 'en' }));
add('quote error (department 99)', () => cg.quote({ ...paris, holder_department: '99' }));

const us = Object.fromEntries(rows.map((r) => [r.name, r.us]));
const ratios = {
  'quoteTotals / js_baseline (used_vp_paris)': us['quoteTotals used_vp_paris'] / us['js_baseline used_vp_paris'],
  'quoteTotals / json_round_trip request': us['quoteTotals used_vp_paris'] / us['json_round_trip request'],
  'quote / json_round_trip quote (fr)': us['quote used_vp_paris (fr)'] / us['json_round_trip quote (fr)'],
  '1 ms peer / quoteTotals import_decote': 1000 / us['quoteTotals import_decote'],
  '1 ms peer / quote import_decote (fr)': 1000 / us['quote import_decote (fr)'],
};

if (asJson) {
  console.log(JSON.stringify({ node: process.version, us, ratios }, null, 2));
} else {
  console.log(`node ${process.version}, ${npmDir}${smoke ? ' (smoke run: figures meaningless)' : ''}`);
  for (const r of rows) console.log(`${r.name.padEnd(40)} ${r.us.toFixed(3).padStart(10)} µs`);
  for (const [k, v] of Object.entries(ratios)) console.log(`${k.padEnd(40)} ${v.toFixed(1).padStart(10)} ×`);
}
