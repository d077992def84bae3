// cartegrise: the French vehicle registration fee (carte grise), Y.1 … Y.6 in integer cents with the
// explanation of every figure, from the C++ library compiled to WebAssembly. The JSON objects are the
// library's own, the same as `cartegrise ... --json` prints; errors are values ({"error": {...}}), never
// exceptions. The module loads its .wasm itself (a file read in node, a fetch in a browser); once
// imported, every function is synchronous.

const wasmUrl = new URL('./cartegrise.wasm', import.meta.url);

async function wasmBytes() {
  if (wasmUrl.protocol === 'file:') {
    const { readFile } = await import(/* webpackIgnore: true */ 'node:fs/promises');
    return readFile(wasmUrl);
  }
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`cartegrise: cannot load ${wasmUrl} (HTTP ${response.status})`);
  return response.arrayBuffer();
}

const { instance } = await WebAssembly.instantiate(await wasmBytes(), {});
const wasm = instance.exports;
wasm._initialize();

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const inputAt = wasm.cg_input();
const inputCapacity = wasm.cg_input_capacity();

// Views of the module's memory, made again when the memory grows (the old buffer is then detached).
let bytes = new Uint8Array(wasm.memory.buffer);
function memory() {
  if (bytes.buffer !== wasm.memory.buffer) bytes = new Uint8Array(wasm.memory.buffer);
  return bytes;
}

// Writes the arguments of a call, NUL-separated, and returns their length in bytes (one more than the
// buffer holds when they do not fit: the module refuses them). A NUL inside an argument (which no
// command line can pass either) becomes U+FFFD, so that the module refuses the value rather than split it.
function put(args) {
  let text = args.length === 1 ? String(args[0]) : args.join('\0');
  if (args.length > 1 ? args.some((a) => String(a).includes('\0')) : text.includes('\0'))
    text = args.map((a) => String(a).replaceAll('\0', '\uFFFD')).join('\0');
  const { read, written } = encoder.encodeInto(text, memory().subarray(inputAt, inputAt + inputCapacity));
  return read < text.length ? inputCapacity + 1 : written;
}

function answer() {
  const at = wasm.cg_output();
  return JSON.parse(decoder.decode(memory().subarray(at, at + wasm.cg_output_size())));
}

function today() {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

// A request object as JSON text; a string is taken as JSON already.
function requestText(request) {
  if (typeof request === 'string') return request;
  return JSON.stringify(request) ?? '';
}

function language(options) {
  return options?.lang ?? 'fr';
}

// Command-line words from an options object keyed by the command's option names:
// {"first-registration": "2019-05-03", "third-party": true} -> --first-registration 2019-05-03 --third-party.
function words(command, leading, options) {
  const out = [command, ...leading, '--lang', language(options)];
  for (const [name, value] of Object.entries(options ?? {})) {
    if (name === 'lang' || value === false || value === null || value === undefined) continue;
    out.push(`--${name}`);
    if (value !== true) out.push(String(value));
  }
  return out;
}

function command(args) {
  wasm.cg_command(put(args), ...today());
  return answer();
}

/** The quote, exactly as `cartegrise quote --json` prints it, or {error}. */
export function quote(request, options = {}) {
  wasm.cg_quote(put([language(options), requestText(request)]));
  return answer();
}

/** The lines alone, in cents: {y1, y1_idfm, y2, y3, y3_co2, y3_mass, y4, y5, y6, after_data_vintage}, or {error}. */
export function quoteTotals(request, options = {}) {
  if (wasm.cg_totals(put([language(options), requestText(request)])) !== 0) return answer();
  // Nine int64 cents, then the flag: read as 32-bit halves (exact up to 2^53, far beyond any fee).
  const halves = new Int32Array(memory().buffer, wasm.cg_lines(), 20);
  const cents = (i) => halves[2 * i + 1] * 4294967296 + (halves[2 * i] >>> 0);
  return { y1: cents(0), y1_idfm: cents(1), y2: cents(2), y3: cents(3), y3_co2: cents(4), y3_mass: cents(5),
           y4: cents(6), y5: cents(7), y6: cents(8), after_data_vintage: halves[18] !== 0 };
}

/** Every region's rates in force on a date (YYYY-MM-DD), as `cartegrise rates --json`, or {error}. */
export function rates(date, options = {}) {
  return command(words('rates', ['--date', date], options));
}

/** The coming changes of the fee until a date (default: five years after the application), as `cartegrise next-change --json`. */
export function nextChange(request, until, options = {}) {
  wasm.cg_next_change(put([language(options), requestText(request), until ?? '']), ...today());
  return answer();
}

/** The documents a procedure needs, as `cartegrise documents --json`; options are the command's (date, reason, third-party...). */
export function documents(procedure, options = {}) {
  return command(words('documents', ['--procedure', procedure], options));
}

/** The deadlines of a procedure, as `cartegrise deadline --json`; options are the command's (event-date, kind, transfer-date...). */
export function deadline(procedure, options = {}) {
  return command(words('deadline', ['--procedure', procedure], options));
}

/**
 * The fiscal power (P.6) computed from the maximum net power (kW, box P.2), as `cartegrise fiscal-power --json`:
 * {fiscal_cv, formula, since, source, evidence, sentence, ...}, or {error}. Options are the command's:
 * {energy: 'EL', kw: 29, co2, 'first-registration' (in France; default: the date, today), genre (default VP), date}.
 */
export function fiscalPower(options = {}) {
  return command(words('fiscal-power', [], options));
}

/**
 * A request from the command line's quote options ({department: '75', cv: 7, 'first-registration': ...}),
 * read as `cartegrise quote` reads them: the request object quote() takes, or {error} naming the option.
 * Without a date, the application date is today.
 */
export function requestFromOptions(options = {}) {
  return command(words('quote', [], options));
}

/** Cents as the explanations print them: "496,76 €" (fr), "€496.76" (en); null when not an integer. */
export function formatMoney(cents, options = {}) {
  return wasm.cg_format_money(Number(cents), language(options) === 'en' ? 1 : 0) === 0 ? answer() : null;
}

/** A date (YYYY-MM-DD) in words: "1er mars 2026" (fr), "1 March 2026" (en); null when not a date. */
export function formatDate(date, options = {}) {
  return wasm.cg_format_date(put([date]), language(options) === 'en' ? 1 : 0) === 0 ? answer() : null;
}
