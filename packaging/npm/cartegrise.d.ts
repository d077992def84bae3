// Types of the cartegrise package. The objects are the library's JSON (docs/json.md): amounts are integer
// cents, dates "YYYY-MM-DD", codes the official ones ("VP", "ES", "75").

/** The request, as the quote echoes it: every key optional, null or absent for "unset". */
export interface Request {
  application_date?: string | null;
  holder_department?: string | null;
  procedure?: string | null;
  vehicle?: {
    genre?: string | null;
    energy?: string | null;
    fiscal_cv?: number | null;
    first_registration?: string | null;
    co2_g_km?: number | null;
    cycle?: 'nedc' | 'wltp' | null;
    mass_kg?: number | null;
    ptac_kg?: number | null;
    cylinder_cm3?: number | null;
    seats?: number | null;
    register_system?: 'siv' | 'fni' | null;
    electric_power_kw?: number | null;
    odometer_km?: number | null;
    max_net_power_kw?: number | null;
    without_eu_type_approval?: boolean;
    wheelchair_accessible?: boolean;
    no_malus_at_first_registration?: boolean;
  };
  holder?: {
    invalidity_card?: boolean;
    dependent_children?: number;
    legal_person?: boolean;
  };
  /** Cents, incl. VAT (the 2022-2023 cap of the malus). */
  purchase_price?: number | null;
  address_change_rank?: number | null;
}

/** An error, as the command line prints it with --json. */
export interface ErrorValue {
  error: {
    kind: 'input' | 'usage';
    code: string;
    /** The request field, as its path ("vehicle.fiscal_cv"), or null. */
    field: string | null;
    /** The command line's option for that field ("cv"), or null. */
    option: string | null;
    message: string;
    suggestion: string | null;
    also_missing: { field: string; option: string | null }[];
  };
}

export interface Library {
  name: 'cartegrise';
  version: string;
  data_vintage: string;
  data_valid_until: string;
}

export type Evidence = 'law' | 'official' | 'press' | 'single_source' | 'derived';

/** A source, as every output writes it: its key, the citation as written (French), the note in the language asked. */
export interface Source {
  id: string;
  citation: string;
  note: string;
  evidence: Evidence;
  dated: string;
}

export interface Step {
  kind: string;
  line: 'Y.1' | 'Y.2' | 'Y.3' | 'Y.4' | 'Y.5' | 'Y.6' | string;
  fields: Record<string, number | string | null>;
  source: Source | null;
  sentence: string;
}

export interface Totals {
  y1: number;
  y1_idfm: number;
  y2: number;
  y3: number;
  y3_co2: number;
  y3_mass: number;
  y4: number;
  y5: number;
  y6: number;
  after_data_vintage: boolean;
}

export interface Quote extends Totals {
  library: Library;
  lang: 'fr' | 'en';
  request: Required<Request>;
  evidence: Record<'Y.1' | 'Y.2' | 'Y.3' | 'Y.4' | 'Y.5' | 'Y.6', Evidence>;
  steps: Step[];
}

/** What `cartegrise fiscal-power --json` prints. */
export interface FiscalPower {
  library: Library;
  lang: 'fr' | 'en';
  request: { genre: string | null; energy: string | null; max_net_power_kw: number | null; co2_g_km: number | null; registered_in_france: string };
  fiscal_cv: number;
  formula: 'co2_and_power_1998' | 'power_2021';
  since: string;
  source: Source;
  evidence: Evidence;
  sentence: string;
}

/** What `cartegrise documents --json` prints. */
export interface Documents {
  procedure: string;
  lang: 'fr' | 'en';
  settled: boolean;
  documents: {
    id: string;
    cerfa: string | null;
    label: string;
    condition: string;
    conditional: boolean;
    source: Source;
  }[];
}

/** One deadline, as `cartegrise deadline --kind … --json` prints it. */
export interface Deadline {
  procedure: string;
  kind: string;
  counted: boolean;
  event: string;
  event_date: string | null;
  due: string | null;
  label: string;
  duration: { amount: number; unit: 'days' | 'months' | 'working_days' | 'calendar_year' };
  fine: { class: number; reduced_cents: number; standard_cents: number; increased_cents: number; maximum_cents: number; source: Source } | null;
  source: Source;
}

/** Every deadline of a procedure, as `cartegrise deadline --json` prints them. */
export interface Deadlines {
  procedure: string;
  lang: 'fr' | 'en';
  deadlines: Deadline[];
}

export interface LangOption {
  /** "fr" (default) or "en". */
  lang?: 'fr' | 'en' | string;
}

/** Options of a command, by the command line's option names: a value, or true for a flag. */
export type CommandOptions = LangOption & Record<string, string | number | boolean | null | undefined>;

/** The quote, exactly as `cartegrise quote --json` prints it. A string is read as the request's JSON. */
export function quote(request: Request | string, options?: LangOption): Quote | ErrorValue;
/** The lines alone, without the explanation. */
export function quoteTotals(request: Request | string, options?: LangOption): Totals | ErrorValue;
/** Every region's rates on a date, as `cartegrise rates --json`. */
export function rates(date: string, options?: LangOption): Record<string, unknown> | ErrorValue;
/** The coming changes of the fee, as `cartegrise next-change --json`; until defaults to five years after the application. */
export function nextChange(request: Request | string, until?: string | null, options?: LangOption): Record<string, unknown> | ErrorValue;
/** The documents of a procedure, as `cartegrise documents --json` (options: date, first-registration, reason, origin, third-party...). */
export function documents(procedure: string, options?: CommandOptions): Documents | ErrorValue;
/** The deadlines of a procedure, as `cartegrise deadline --json` (options: event-date, kind, transfer-date...). */
export function deadline(procedure: string, options?: CommandOptions): Deadlines | Deadline | ErrorValue;
/** A request from the quote options of the command line (department, date, cv, first-registration...). */
/** P.6 computed from P.2 ({energy: 'EL', kw: 29, co2?, 'first-registration'? (in France), genre? (VP)}), as `cartegrise fiscal-power --json`. */
export function fiscalPower(options?: CommandOptions): FiscalPower | ErrorValue;
export function requestFromOptions(options?: CommandOptions): Required<Request> | ErrorValue;

/** Cents as the explanations print them ("496,76 €", "€496.76"); null when not an integer. */
export function formatMoney(cents: number, options?: LangOption): string | null;
/** A date (YYYY-MM-DD) in words ("1er mars 2026", "1 March 2026"); null when not a date. */
export function formatDate(date: string, options?: LangOption): string | null;
