/**
 * URL state for demos: one declarative table of parameters drives parsing and serialising the
 * URL and the demo's controls, so a link reproduces a demo exactly, a bad or hostile value can
 * never break the page (it is clamped or replaced by the default, with a notice the demo shows),
 * and a control's label, range, step and options are written once.
 *
 *   const table = defineParams({
 *     layers: { kind: 'int', default: 10, min: 1, max: 20, label: 'layers' },
 *     std:    { kind: 'float', default: 0.01, min: 1e-4, max: 10, log: true, label: 'weight std' },
 *     act:    { kind: 'enum', default: 'tanh', options: ['tanh', 'relu'], label: 'activation' },
 *     bn:     { kind: 'bool', default: false, label: 'batch norm' },
 *     seed:   seedParam(),
 *   });
 *   // values.act has the type 'tanh' | 'relu': no casts where it is used
 *   // <Param of={params} name="std" /> draws a log slider from 1e-4 to 10 labelled "weight std"
 *   const { values, notices } = parseParams(table, new URLSearchParams('?layers=999&act=<b>'));
 *   // values.layers === 20, values.act === 'tanh', notices explain both
 *   serializeParams(table, values, new URLSearchParams()).toString();   // only non-defaults
 *
 * Several demos on one page keep their keys apart with a `prefix` ("opt.lr", "race.lr").
 */
import { ui, type Ui } from '../i18n';

interface Described {
  /** What the control shows and notices name. */
  label: string;
  /** A short help text under the control. */
  hint?: string;
}

export type ParamSpec =
  | ({
      kind: 'int';
      default: number;
      min: number;
      max: number;
      /** The slider's step (default 1). */
      step?: number;
      unit?: string;
      /**
       * 'seed': a seed field with a "new seed" button instead of a slider; 'select': a select of
       * the whole numbers min … max (for a handful of choices, such as a number of classes).
       */
      control?: 'seed' | 'select';
    } & Described)
  | ({
      kind: 'float';
      default: number;
      min: number;
      max: number;
      /** The slider's step (of log10(value) on a log scale). */
      step?: number;
      /** A slider over log10(value): for rates and scales that span decades. */
      log?: boolean;
      unit?: string;
    } & Described)
  | ({
      kind: 'enum';
      default: string;
      options: readonly string[];
      /** What each option shows (default: the option itself). */
      optionLabels?: Readonly<Record<string, string>>;
    } & Described)
  | ({ kind: 'bool'; default: boolean } & Described);

export type ParamTable = Record<string, ParamSpec>;

/** An enum's value is one of its options (declare the table with defineParams to keep them). */
export type ParamValue<S extends ParamSpec> = S extends { kind: 'enum'; options: readonly (infer O)[] }
  ? O
  : S extends { kind: 'bool' }
    ? boolean
    : number;

export type ParamValues<T extends ParamTable> = { -readonly [K in keyof T]: ParamValue<T[K]> };

/** Declares a demo's parameter table, keeping each enum's options as a type. */
export function defineParams<const T extends ParamTable>(table: T): T {
  return table;
}

/** The seed of a demo's random streams: a whole number 0 … 999,999 with a "new seed" button. */
export function seedParam(defaultSeed = 1) {
  return { kind: 'int', default: defaultSeed, min: 0, max: 999999, label: 'seed', control: 'seed' } as const;
}

/** Longest raw value echoed back in a notice (hostile input is shown truncated). */
const ECHO_MAX = 24;

function echo(raw: string): string {
  const s = raw.length > ECHO_MAX ? `${raw.slice(0, ECHO_MAX)}…` : raw;
  return JSON.stringify(s);
}

export function defaults<T extends ParamTable>(table: T): ParamValues<T> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(table)) out[k] = spec.default;
  return out as ParamValues<T>;
}

/**
 * Checks one value against its spec. Returns the value to use and, when it differs from what
 * was asked for, a sentence saying why.
 */
export function coerce(
  key: string,
  spec: ParamSpec,
  raw: string,
  t: Ui['params'] = ui().params,
): { value: ParamValue<ParamSpec>; notice?: string } {
  // The seed's label is the site's word for it (seedParam), in the page's language.
  const name = 'control' in spec && spec.control === 'seed' ? t.seed : (spec.label ?? key);
  switch (spec.kind) {
    case 'enum': {
      if (spec.options.includes(raw)) return { value: raw };
      return {
        value: spec.default,
        notice: t.notOption(name, echo(raw), spec.options.join(', '), spec.default),
      };
    }
    case 'bool': {
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, notice: t.notBool(name, echo(raw), String(spec.default)) };
    }
    case 'int':
    case 'float': {
      const trimmed = raw.trim();
      const x = trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? NaN : Number(trimmed);
      if (!Number.isFinite(x)) {
        return { value: spec.default, notice: t.notNumber(name, echo(raw), String(spec.default)) };
      }
      let v = spec.kind === 'int' ? Math.round(x) : x;
      let notice: string | undefined;
      if (spec.kind === 'int' && v !== x) notice = t.notWhole(name, echo(raw), String(v));
      if (v < spec.min || v > spec.max) {
        v = Math.min(spec.max, Math.max(spec.min, v));
        notice = t.outside(name, echo(raw), String(spec.min), String(spec.max), String(v));
      }
      return { value: v, notice };
    }
  }
}

/** Reads a table's values from URL search params; unknown keys are ignored. */
export function parseParams<T extends ParamTable>(
  table: T,
  search: URLSearchParams,
  prefix = '',
  t: Ui['params'] = ui().params,
): { values: ParamValues<T>; notices: string[] } {
  const values = defaults(table) as Record<string, unknown>;
  const notices: string[] = [];
  for (const [key, spec] of Object.entries(table)) {
    const raw = search.get(prefix + key);
    if (raw === null) continue;
    const { value, notice } = coerce(key, spec, raw, t);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as ParamValues<T>, notices };
}

/** Formats a number for a URL: the shortest text that reads back as the same number. */
export function formatNumber(x: number): string {
  return String(x);
}

/** Writes a table's values into `into` (only values that differ from the default). */
export function serializeParams<T extends ParamTable>(
  table: T,
  values: ParamValues<T>,
  into: URLSearchParams,
  prefix = '',
): URLSearchParams {
  for (const [key, spec] of Object.entries(table)) {
    const v = (values as Record<string, unknown>)[key];
    if (v === spec.default || v === undefined) {
      into.delete(prefix + key);
      continue;
    }
    into.set(
      prefix + key,
      typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'number' ? formatNumber(v) : String(v),
    );
  }
  return into;
}

/** Clamps a value set in the page (by a control) the same way a URL value is clamped. */
export function sanitize<T extends ParamTable>(table: T, values: ParamValues<T>): ParamValues<T> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    const v = (values as Record<string, unknown>)[key];
    out[key] = v === undefined || v === null ? spec.default : coerce(key, spec, String(v)).value;
  }
  return out as ParamValues<T>;
}
