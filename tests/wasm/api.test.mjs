// The package against the command line: every quote the CLI tests print as JSON (tests/cli/expected),
// quoted again from its own request echo, is the same object; documents, deadlines and errors too. Then
// the errors of the JavaScript entry points, the other functions and the language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cg } from './package_under_test.mjs';

const expectedDir = process.env.CARTEGRISE_CLI_EXPECTED;
// The expected files hold placeholders for the library's version and data vintage (tests/cli/run_cli.cmake):
// the package's own values take their place.
let library;
function load(file) {
  library ??= cg.quote(paris).library;
  const text = readFileSync(join(expectedDir, file), 'utf8')
    .replaceAll('@VERSION@', library.version)
    .replaceAll('@DATA_VINTAGE@', library.data_vintage)
    .replaceAll('@DATA_VALID_UNTIL@', library.data_valid_until);
  return JSON.parse(text);
}
const expected = (name) => load(`${name}.txt`);

const paris = {
  application_date: '2026-06-01', holder_department: '75', procedure: 'used',
  vehicle: { genre: 'VP', energy: 'ES', fiscal_cv: 7, first_registration: '2019-05-03' },
};
const parisOptions = { department: '75', date: '2026-06-01', procedure: 'used', genre: 'VP', energy: 'ES', cv: 7, 'first-registration': '2019-05-03' };

test('every quote the command line prints as JSON, from its request echo', () => {
  const files = readdirSync(expectedDir).filter((f) => /_json(_en)?\.txt$/.test(f));
  let quotes = 0;
  for (const file of files) {
    const cli = load(file);
    if (!cli.steps) continue;
    assert.deepEqual(cg.quote(cli.request, { lang: cli.lang }), cli, file);
    assert.equal(cg.quoteTotals(cli.request).y6, cli.y6, file);
    ++quotes;
  }
  assert.ok(quotes >= 12, `${quotes} quotes`);
});

test('the README car: 496,76 EUR in Paris', () => {
  assert.equal(cg.quoteTotals(paris).y6, 49676);
  assert.deepEqual(cg.quote(paris), expected('paris_used_json'));
  assert.deepEqual(cg.requestFromOptions(parisOptions), expected('paris_used_json').request);
});

test('documents and deadlines, as the command line prints them', () => {
  assert.deepEqual(cg.documents('used', { date: '2026-06-01' }), expected('documents_used_json'));
  assert.deepEqual(cg.documents('duplicate', { date: '2026-06-01', reason: 'THEFT', 'first-registration': '2019-05-03', lang: 'en' }),
                   expected('documents_duplicate_theft_json'));
  assert.deepEqual(cg.documents('import', { date: '2026-06-01', origin: 'outside-eu', 'first-registration': '2019-09-13' }),
                   expected('documents_import_outside_eu_json'));
  assert.deepEqual(cg.deadline('used', { 'event-date': '2026-05-01' }), expected('deadline_used_all_json'));
  assert.deepEqual(cg.deadline('used', { 'event-date': '2026-05-01', kind: 'registration' }), expected('deadline_used_registration_json'));
  assert.deepEqual(cg.deadline('used', { 'event-date': '2026-05-01', kind: 'heir-sale-window' }), expected('deadline_error_json_kind'));
});

test('errors are the command line error objects', () => {
  assert.deepEqual(cg.requestFromOptions({ ...parisOptions, department: '99' }), expected('error_json_department'));
  const dept = cg.quote({ ...paris, holder_department: '99' });
  assert.deepEqual(dept, expected('error_json_department'));
  const cases = [
    [{ ...paris, vehicle: { ...paris.vehicle, fiscal_cv: 0 } }, 'invalid_value', 'vehicle.fiscal_cv', 'cv'],
    [{ ...paris, vehicle: { ...paris.vehicle, fiscal_cv: '7' } }, 'invalid_value', 'vehicle.fiscal_cv', 'cv'],
    [{ ...paris, vehicle: { ...paris.vehicle, fiscal_cv: 7.5 } }, 'invalid_value', 'vehicle.fiscal_cv', 'cv'],
    [{ ...paris, application_date: '2026-02-30' }, 'invalid_value', 'application_date', 'date'],
    [{ ...paris, procedure: 'sold' }, 'unknown_procedure', 'procedure', 'procedure'],
    [{ ...paris, vehicle: { ...paris.vehicle, genre: 'VPP' } }, 'unknown_genre', 'vehicle.genre', 'genre'],
    [{ ...paris, vehicle: { ...paris.vehicle, wheelchair_accessible: 'no' } }, 'invalid_value', 'vehicle.wheelchair_accessible', 'wheelchair'],
    [{ ...paris, procedure: 'new', vehicle: { ...paris.vehicle, first_registration: null } }, 'missing_field', 'vehicle.co2_g_km', 'co2'],
    [{ ...paris, colour: 'red' }, 'invalid_value', null, null],
    ['{"procedure": "used",}', 'invalid_value', null, null],
    ['{"procedure": "used"}\0{}', 'invalid_value', null, null],
    [{ ...paris, procedure: 'used\0new' }, 'unknown_procedure', 'procedure', 'procedure'],
    [undefined, 'invalid_value', null, null],
  ];
  for (const [request, code, field, option] of cases) {
    const r = cg.quote(request);
    assert.ok(r.error, JSON.stringify(request));
    assert.equal(r.error.kind, 'input');
    assert.equal(r.error.code, code, JSON.stringify(r));
    assert.equal(r.error.field, field, JSON.stringify(r));
    assert.equal(r.error.option, option, JSON.stringify(r));
    assert.ok(r.error.message.length > 10);
    assert.deepEqual(cg.quoteTotals(request), r, 'quoteTotals refuses the same way');
  }
  // A typo gets the command line's suggestion; an unknown key is quoted.
  assert.equal(cg.quote({ ...paris, vehicle: { ...paris.vehicle, genre: 'VPP' } }).error.suggestion, 'VP');
  assert.match(cg.quote({ ...paris, colour: 'red' }, { lang: 'en' }).error.message, /unknown key: 'colour'$/);
  assert.equal(cg.quote({ ...paris, colour: 'red' }).error.message, "la demande contient une clé inconnue : 'colour'");
  // A usage error names the option.
  const lang = cg.quote(paris, { lang: 'de' });
  assert.equal(lang.error.kind, 'usage');
  assert.equal(lang.error.option, 'lang');
  // A value the command line cannot read is an input error on its field, as in the tool.
  const cv = cg.requestFromOptions({ ...parisOptions, cv: 'seven' });
  assert.deepEqual([cv.error.kind, cv.error.option, cv.error.field], ['input', 'cv', 'vehicle.fiscal_cv']);
  assert.equal(cg.documents('used', { colour: 'red' }).error.kind, 'usage');
  // More than the module's argument buffer: refused, not truncated.
  const huge = cg.quote({ ...paris, holder_department: '7'.repeat(70000) });
  assert.equal(huge.error.code, 'invalid_value');
  assert.equal(huge.error.field, null);
});

test('French and English', () => {
  const fr = cg.quote(paris);
  const en = cg.quote(paris, { lang: 'en' });
  assert.equal(fr.lang, 'fr');
  assert.equal(en.lang, 'en');
  assert.match(fr.steps[0].sentence, /^Tarif régional en Île-de-France : 54,95\u00a0€/);
  assert.match(en.steps[0].sentence, /Île-de-France/);
  assert.notEqual(fr.steps[0].sentence, en.steps[0].sentence);
  assert.match(cg.quote({ ...paris, holder_department: '99' }, { lang: 'en' }).error.message, /^unknown code for the holder's department/);
});

test('rates and coming changes', () => {
  const rates = cg.rates('2026-06-01');
  assert.equal(rates.date, '2026-06-01');
  assert.equal(rates.regions.length, 18);
  const idf = rates.regions.find((r) => r.insee === '11');
  assert.equal(idf.cents_per_cv + idf.surcharge_cents_per_cv, 6895);
  assert.equal(cg.rates('2026-13-01').error.option, 'date');
  const changes = cg.nextChange(paris, '2027-12-31');
  assert.equal(changes.y6, 49676);
  assert.ok(changes.changes.length >= 1);
  assert.equal(changes.changes[0].y6_before, 49676);
  assert.deepEqual(changes.request, expected('paris_used_json').request);
  assert.equal(cg.nextChange(paris, 'soon').error.option, 'until');
  assert.equal(cg.nextChange({ ...paris, holder_department: null }).error.code, 'missing_field');
});

test('many calls in a row: each answer is whole (the module reuses its memory)', () => {
  const first = JSON.stringify(cg.quote(paris));
  for (let i = 0; i < 2000; ++i) {
    cg.quoteTotals({ ...paris, vehicle: { ...paris.vehicle, fiscal_cv: 1 + (i % 50) } });
    if (i % 100 === 0) cg.documents('used');
  }
  assert.equal(JSON.stringify(cg.quote(paris)), first);
});

test('money and dates as the sentences print them', () => {
  assert.equal(cg.formatMoney(49676), '496,76\u00a0€');
  assert.equal(cg.formatMoney(49676, { lang: 'en' }), '€496.76');
  assert.equal(cg.formatMoney(123456789), '1\u00a0234\u00a0567,89\u00a0€');
  assert.equal(cg.formatMoney(-5), '-0,05\u00a0€');
  for (const bad of [0.5, NaN, Infinity, 1e300]) assert.equal(cg.formatMoney(bad), null, String(bad));
  assert.equal(cg.formatDate('2027-01-01'), '1er janvier 2027');
  assert.equal(cg.formatDate('2027-01-01', { lang: 'en' }), '1 January 2027');
  assert.equal(cg.formatDate('2027-02-30'), null);
});

test('fiscalPower is the command line\'s fiscal-power, and an import quoted from its power', () => {
  const ev = cg.fiscalPower({ energy: 'EL', kw: 29, date: '2026-06-01' });
  assert.equal(ev.fiscal_cv, 3);  // the published e-Niro example: 2,61 -> 3 CV
  assert.equal(ev.formula, 'power_2021');
  assert.equal(ev.evidence, 'press');
  assert.deepEqual(ev, expected('fiscal_power_electric_json'));
  const old = cg.fiscalPower({ energy: 'ES', kw: 92, co2: 120, 'first-registration': '2015-06-01', lang: 'en' });
  assert.equal(old.fiscal_cv, 6);
  assert.equal(old.formula, 'co2_and_power_1998');
  const refused = cg.fiscalPower({ energy: 'ES', kw: 92, 'first-registration': '2020-06-01' });
  assert.deepEqual([refused.error.field, refused.error.option, refused.error.reason],
                   ['vehicle.first_registration', 'first-registration', 'fiscal_power_type_approval']);
  assert.equal(cg.fiscalPower({ genre: 'MTT2', energy: 'ES', kw: 50 }).error.option, 'genre');
  const imported = cg.quote({ ...paris, procedure: 'import', vehicle: { ...paris.vehicle, energy: 'EL', fiscal_cv: null, max_net_power_kw: 100 } });
  assert.ok(imported.steps.some((s) => s.kind === 'fiscal_power_computed' && s.fields.cv === 7), JSON.stringify(imported.error));
});
