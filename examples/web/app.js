// The simulator page: the form's fields are the command line's quote options (their names are the
// inputs' names and the URL's keys), read by the library itself (requestFromOptions), quoted, explained,
// compared across regions. Everything is computed here, in the browser; nothing is sent.
import { quote, quoteTotals, nextChange, requestFromOptions, formatMoney, formatDate } from './cartegrise.js';

// The form's codes and labels in both languages, written from the library when the page is assembled.
const vocabularies = await (await fetch(new URL('./vocabulary.json', import.meta.url))).json();
const vocabulary = ({ lang }) => vocabularies[lang];

const ui = {
  fr: {
    title: 'Carte grise : le coût exact, expliqué', 'procedure-legend': 'La démarche', procedure: 'Démarche',
    date: 'Date de la demande', department: 'Département du titulaire',
    'vehicle-legend': "Le véhicule (certificat d'immatriculation)", genre: 'Genre (J.1)',
    'first-registration': 'Première immatriculation (B)', cv: 'Puissance fiscale (P.6), CV', energy: 'Énergie (P.3)',
    co2: 'CO2 (V.7), g/km', cycle: 'Cycle de mesure du CO2', 'cycle-default': 'Celui de la date B',
    mass: 'Masse en ordre de marche (G.1), kg', seats: 'Places assises (S.1)', more: 'Autres cases (PTAC, cylindrée, numéro, prix…)',
    ptac: 'PTAC (F.2), kg', cylinder: 'Cylindrée (P.1), cm³', register: "Numéro d'immatriculation",
    'register-unknown': 'Non précisé', 'register-siv': 'SIV (AB-123-CD)', 'register-fni': 'FNI (123 ABC 45)',
    'address-change': "Rang du changement d'adresse", price: "Prix d'achat TTC, € (2022-2023)",
    'electric-kw': "Puissance électrique d'un hybride, kW", odometer: 'Kilométrage, km',
    'no-eu-approval': 'Sans réception communautaire', wheelchair: 'Aménagé pour un fauteuil roulant',
    'no-malus-at-first-registration': 'Exonéré de malus à sa première immatriculation en France',
    'holder-legend': 'Le titulaire', 'legal-person': 'Personne morale (société, association)', invalidity: "Carte d'invalidité",
    children: 'Enfants à charge', result: 'Le coût', share: 'Lien vers ce calcul', explanation: "L'explication",
    next: 'Le prochain changement', regions: 'Toutes les régions, même véhicule', region: 'Région', y1: 'Y.1', y6: 'Y.6',
    footer: 'Calculé dans votre navigateur par cartegrise (WebAssembly) : rien n’est envoyé.',
    choose: '— choisir —', other: 'Langue', switchTo: 'English', switchLang: 'en', idfm: 'dont Île-de-France Mobilités',
    co2part: 'dont malus CO2', masspart: 'dont malus au poids', source: 'Source', noChange: 'Aucun changement connu des tables dans les cinq ans.',
    change: (on, before, after) => `À partir du ${on} : ${before} → ${after}.`, caption: (d, dept, on) => `${d} (${dept}), ${on}`,
    evidence: { law: 'texte de loi', official: 'source officielle', press: 'sources de presse concordantes', single_source: 'source unique', derived: 'calcul du projet' },
  },
  en: {
    title: 'Carte grise: the exact registration fee, explained', 'procedure-legend': 'The procedure', procedure: 'Procedure',
    date: 'Application date', department: "Holder's department",
    'vehicle-legend': 'The vehicle (registration certificate)', genre: 'Genre (J.1)',
    'first-registration': 'First registration (B)', cv: 'Fiscal power (P.6), CV', energy: 'Energy (P.3)',
    co2: 'CO2 (V.7), g/km', cycle: 'CO2 test cycle', 'cycle-default': 'The one of date B',
    mass: 'Mass in running order (G.1), kg', seats: 'Seats (S.1)', more: 'Other boxes (GVW, cylinder, number, price…)',
    ptac: 'GVW (F.2), kg', cylinder: 'Cylinder capacity (P.1), cm³', register: 'Registration number',
    'register-unknown': 'Not said', 'register-siv': 'SIV (AB-123-CD)', 'register-fni': 'FNI (123 ABC 45)',
    'address-change': 'Rank of the change of address', price: 'Purchase price incl. VAT, € (2022-2023)',
    'electric-kw': "Electric power of a hybrid, kW", odometer: 'Mileage, km',
    'no-eu-approval': 'Without EU type approval', wheelchair: 'Fitted for a wheelchair',
    'no-malus-at-first-registration': 'Exempt from the malus at its first French registration',
    'holder-legend': 'The holder', 'legal-person': 'Legal person (company, association)', invalidity: 'Invalidity card',
    children: 'Dependent children', result: 'The fee', share: 'Link to this quote', explanation: 'The explanation',
    next: 'The next change', regions: 'Every region, same vehicle', region: 'Region', y1: 'Y.1', y6: 'Y.6',
    footer: 'Computed in your browser by cartegrise (WebAssembly): nothing is sent.',
    choose: '— choose —', other: 'Language', switchTo: 'Français', switchLang: 'fr', idfm: 'of which Île-de-France Mobilités',
    co2part: 'of which CO2 malus', masspart: 'of which mass malus', source: 'Source', noChange: 'No change known to the tables within five years.',
    change: (on, before, after) => `From ${on}: ${before} → ${after}.`, caption: (d, dept, on) => `${d} (${dept}), ${on}`,
    evidence: { law: 'text of the law', official: 'official source', press: 'agreeing press sources', single_source: 'single source', derived: 'computed by the project' },
  },
};

const form = document.getElementById('request');
const byId = (id) => document.getElementById(id);
let lang = 'fr';

function element(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const c of children) e.append(c);
  return e;
}

function fillSelect(select, items, keep) {
  select.replaceChildren(element('option', { value: '', textContent: ui[lang].choose }),
    ...items.map((i) => element('option', { value: i.code, textContent: `${i.label} (${i.code})` })));
  select.value = keep ?? '';
}

function applyLanguage(vocab) {
  const t = ui[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const e of document.querySelectorAll('[data-text]')) if (typeof t[e.dataset.text] === 'string') e.textContent = t[e.dataset.text];
  fillSelect(byId('procedure'), vocab.procedures, byId('procedure').value);
  fillSelect(byId('genre'), vocab.genres, byId('genre').value);
  fillSelect(byId('energy'), vocab.energies, byId('energy').value);
  byId('departments').replaceChildren(...vocab.departments.map((d) => element('option', { value: d.code, label: `${d.code} ${d.name}` })));
  const link = byId('language');
  link.textContent = t.switchTo;
  link.lang = link.hreflang = t.switchLang;
}

// The form as the command line's options; the URL's query is the same.
function formOptions() {
  const options = {};
  for (const input of form.elements) {
    if (!input.name) continue;
    if (input.type === 'checkbox') { if (input.checked) options[input.name] = true; }
    else if (input.value.trim() !== '') options[input.name] = input.value.trim();
  }
  return options;
}

function query(options) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(options)) q.set(k, v === true ? '1' : v);
  if (lang === 'en') q.set('lang', 'en');
  return `?${q}`;
}

function readQuery() {
  const q = new URLSearchParams(location.search);
  lang = q.get('lang') === 'en' ? 'en' : 'fr';
  for (const input of form.elements) {
    if (!input.name || !q.has(input.name)) continue;
    if (input.type === 'checkbox') input.checked = q.get(input.name) !== '0';
    else input.value = q.get(input.name);
  }
}

function clearErrors() {
  for (const e of form.querySelectorAll('.error')) { e.hidden = true; e.textContent = ''; }
  for (const i of form.querySelectorAll('[aria-invalid]')) { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby'); }
}

// An error next to the field it names (its option), else above the form.
function showError(error) {
  const input = error.option ? form.elements.namedItem(error.option) : null;
  const place = input && byId(`${error.option}-error`);
  const target = place ?? byId('form-error');
  target.textContent = error.message.charAt(0).toUpperCase() + error.message.slice(1) + (lang === 'en' ? '.' : '.');
  target.hidden = false;
  if (input && place) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', place.id);
    input.closest('details')?.setAttribute('open', '');
  }
  byId('result').hidden = true;
}

function money(cents) { return formatMoney(cents, { lang }); }

function render(vocab, request, q) {
  const t = ui[lang];
  const label = Object.fromEntries(vocab.lines.map((l) => [l.line, l.label]));
  const rows = [];
  const line = (key, name, text, cents, part = false) => {
    const tr = element('tr', { className: part ? 'part' : '' }, element('th', { scope: 'row', textContent: name }),
      element('td', { textContent: text }), element('td', { className: 'amount', textContent: money(cents) }));
    if (key) tr.dataset.line = key;
    rows.push(tr);
  };
  line('y1', 'Y.1', label['Y.1'], q.y1);
  if (q.y1_idfm) line('y1-idfm', '', t.idfm, q.y1_idfm, true);
  line('y2', 'Y.2', label['Y.2'], q.y2);
  line('y3', 'Y.3', label['Y.3'], q.y3);
  if (q.y3_co2) line('', '', t.co2part, q.y3_co2, true);
  if (q.y3_mass) line('', '', t.masspart, q.y3_mass, true);
  line('y4', 'Y.4', label['Y.4'], q.y4);
  line('y5', 'Y.5', label['Y.5'], q.y5);
  line('y6', 'Y.6', label['Y.6'], q.y6);
  byId('lines').replaceChildren(...rows);
  const dept = vocab.departments.find((d) => d.code === request.holder_department);
  byId('result-caption').textContent = t.caption(dept?.name ?? '', request.holder_department, formatDate(request.application_date, { lang }));
  const vintage = q.steps.find((s) => s.kind === 'after_data_vintage');
  byId('vintage').hidden = !vintage;
  byId('vintage').textContent = vintage?.sentence ?? '';

  byId('steps').replaceChildren(...q.steps.map((s) => element('li', {},
    element('span', { className: 'tag', textContent: s.line }), ' ', s.sentence,
    ...(s.source ? [' ', element('span', { className: `evidence ${s.source.evidence}`, textContent: `${t.source} : ${t.evidence[s.source.evidence] ?? s.source.evidence}`.replace(' :', lang === 'en' ? ':' : ' :') })] : []))));

  const changes = nextChange(request, null, { lang });
  byId('next').textContent = changes.error ? changes.error.message
    : changes.changes.length === 0 ? t.noChange
    : t.change(formatDate(changes.changes[0].date, { lang }), money(changes.changes[0].y6_before), money(changes.changes[0].y6_after));

  byId('regions').replaceChildren(...vocab.regions.map((r) => {
    const first = vocab.departments.find((d) => d.region === r.insee);
    const other = quoteTotals({ ...request, holder_department: first.code });
    const mine = dept?.region === r.insee;
    return element('tr', { className: mine ? 'mine' : '' }, element('th', { scope: 'row', textContent: r.name }),
      element('td', { className: 'amount', textContent: other.error ? '—' : money(other.y1) }),
      element('td', { className: 'amount', textContent: other.error ? '—' : money(other.y6) }));
  }));
  byId('result').hidden = false;
}

function update(vocab) {
  clearErrors();
  const options = formOptions();
  const link = query(options);
  history.replaceState(null, '', link);
  byId('share').href = link;
  const other = new URLSearchParams(link);
  if (lang === 'en') other.delete('lang'); else other.set('lang', 'en');
  byId('language').href = `?${other}`;
  if (Object.keys(options).length === 0) { byId('result').hidden = true; return; }
  const request = requestFromOptions({ ...options, lang });
  if (request.error) return showError(request.error);
  const q = quote(request, { lang });
  if (q.error) return showError(q.error);
  render(vocab, request, q);
}

readQuery();
let vocab = vocabulary({ lang });
applyLanguage(vocab);
readQuery();  // the selects have their options now
update(vocab);
form.addEventListener('input', () => update(vocab));
form.addEventListener('change', () => update(vocab));
byId('language').addEventListener('click', (event) => {
  event.preventDefault();
  lang = lang === 'en' ? 'fr' : 'en';
  vocab = vocabulary({ lang });
  applyLanguage(vocab);
  update(vocab);
});
document.body.classList.add('ready');
