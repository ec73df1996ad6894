import { isAuditAction, isAuditEntityType } from "@/lib/domain/audit-actions";
import { isCountryCode } from "@/lib/domain/countries";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { countryName, formatCalendarDate, formatDateTime, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatYear, type Numerals } from "@/lib/i18n/numerals";
import { REDACTED } from "./redact";

// The values of an audit event's `changes` as a reader sees them on /audit and in record
// history (components/audit/changes-summary.tsx): a code by its label in the reader's language,
// a yes/no, a date in Phnom Penh, a number in the reader's digits, a province or a country by
// its name. What a person typed (names, emails, free text) and what is a code of its own (ids,
// references, hashes) is shown as stored and marked `verbatim`, so the page does not translate
// it, and the Khmer page's English detector (e2e/khmer.spec.ts) does not take it for English.
// A code with no label, from an event older than its label, is shown as the code, verbatim.
// Pure: the messages come in through `message`, so a unit test reads the catalogues directly.

/** One piece of a shown value. */
export type ValuePart =
  /** Words and figures in the reader's language. */
  | { kind: "text"; text: string }
  /** As stored: typed text, an id, a hash, or a code no label names (translate="no"). */
  | { kind: "verbatim"; text: string }
  /** Withheld from the reader (lib/audit/redact.ts); `rest` is what is kept, e.g. "@example.org". */
  | { kind: "redacted"; rest: string }
  /** No value: a field set or cleared. */
  | { kind: "empty" };

export type ValueContext = {
  locale: Locale;
  numerals: Numerals;
  /** A message by its full key ("enums.Sex.FEMALE"), or undefined when the catalogue has none. */
  message: (key: string) => string | undefined;
};

/** Fields whose values are the codes of a Prisma enum, labelled in `enums.*`. A suspect's role and
 * a user's role share the field name; their codes are disjoint, so both lists are looked in. */
export const ENUM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  offenceType: ["OffenceType"],
  status: ["CaseStatus"],
  closeReason: ["CaseCloseReason"],
  sex: ["Sex"],
  role: ["SuspectRole", "Role"],
  courtOutcome: ["CourtOutcome"],
  appealStatus: ["AppealStatus"],
  rescuingAgency: ["RescuingAgency"],
  exploitationType: ["ExploitationType"],
  // A victim column before referrals (decision 0035): older events still carry it.
  servicesReferred: ["ServiceType"],
};

/** Facts whose values are codes of this app, labelled in `audit.valueLabels.<key>.<code>`. */
export const CODE_DETAILS = [
  "shownOn",
  "format",
  "bands",
  "layout",
  "variant",
  "lang",
  "kind",
  "reason",
  "lock",
  "via",
  "digits",
] as const;
const CODE_DETAIL_SET: ReadonlySet<string> = new Set(CODE_DETAILS);

/** What a person typed, and codes of their own: shown as stored, whatever they look like. */
const AS_TYPED = new Set([
  ...["name", "email", "summary", "charges", "agencyUnit", "leadAgency", "arrestingUnit"],
  ...["reference", "code", "actor", "entityId", "sha256", "importSha256", "sessionId"],
  // Article codes ("LSHTSE-15", "CC-239") are read as codes, like a case reference.
  "chargeArticles",
]);
const PROVINCE_FIELDS = new Set([
  "provinceId",
  "homeProvinceId",
  "rescueProvinceId",
  "provinceIds",
  "courtProvinceId",
]);
const COUNTRY_FIELDS = new Set(["nationality", "rescueCountry"]);
/** Calendar days, stored as a @db.Date (UTC midnight) or typed as YYYY-MM-DD. */
const CALENDAR_FIELDS = new Set(["dateOfBirth", "from", "to"]);
/** Years and revisions: never grouped (2017, not 2,017). */
const YEAR_FIELDS = new Set(["year", "years", "revision"]);
/** The audit page's filters, in the order its form shows them (lib/validation/audit.ts). */
const FILTER_ORDER = ["actor", "action", "entityType", "entityId", "from", "to"];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.0+)?Z$/;

const text = (t: string): ValuePart => ({ kind: "text", text: t });
const verbatim = (t: string): ValuePart => ({ kind: "verbatim", text: t });

function labelled(ctx: ValueContext, key: string, fallback: string): ValuePart {
  const label = ctx.message(key);
  return label === undefined ? verbatim(fallback) : text(label);
}

function joined(lists: ValuePart[][], separator: string): ValuePart[] {
  return lists.flatMap((parts, i) => (i === 0 ? parts : [text(separator), ...parts]));
}

function provincePart(id: number, ctx: ValueContext): ValuePart {
  const province = PROVINCES.find((p) => p.id === id);
  return province
    ? text(provinceName(province, ctx.locale)!)
    : text(formatNumber(id, ctx.numerals, { useGrouping: false }));
}

function codePart(key: string, code: string, ctx: ValueContext): ValuePart | undefined {
  const enums = ENUM_FIELDS[key];
  if (enums) {
    for (const name of enums) {
      const label = ctx.message(`enums.${name}.${code}`);
      if (label !== undefined) return text(label);
    }
    return verbatim(code);
  }
  if (CODE_DETAIL_SET.has(key)) return labelled(ctx, `audit.valueLabels.${key}.${code}`, code);
  return undefined;
}

function stringParts(key: string, value: string, ctx: ValueContext): ValuePart[] {
  if (value.startsWith(REDACTED)) return [{ kind: "redacted", rest: value.slice(REDACTED.length) }];
  if (AS_TYPED.has(key)) return [verbatim(value)];
  const code = codePart(key, value, ctx);
  if (code) return [code];
  if (COUNTRY_FIELDS.has(key)) {
    if (value === "UNKNOWN") return [labelled(ctx, "audit.values.unknownCountry", value)];
    return [isCountryCode(value) ? text(countryName(value, ctx.locale)!) : verbatim(value)];
  }
  const day = CALENDAR_DAY.test(value) ? value : MIDNIGHT_UTC.exec(value)?.[1];
  if (day && (CALENDAR_FIELDS.has(key) || CALENDAR_DAY.test(value))) {
    const shown = formatCalendarDate(day, ctx.locale, ctx.numerals);
    if (shown) return [text(shown)];
  }
  if (INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()))
      return [text(formatDateTime(date, ctx.locale, ctx.numerals))];
  }
  return [verbatim(value)];
}

function numberParts(key: string, value: number, ctx: ValueContext): ValuePart[] {
  if (PROVINCE_FIELDS.has(key)) return [provincePart(value, ctx)];
  if (YEAR_FIELDS.has(key)) return [text(formatYear(value, ctx.numerals))];
  return [text(formatNumber(value, ctx.numerals))];
}

/** A report's scope (lib/reports/types.ts TReportScope): national, or its provinces by name. */
function scopeParts(value: Record<string, unknown>, ctx: ValueContext): ValuePart[] | undefined {
  if (value.national === true) return [labelled(ctx, "audit.values.national", "national")];
  if (!Array.isArray(value.provinces)) return undefined;
  const provinces = value.provinces.map((code): ValuePart[] => {
    const id = typeof code === "string" ? provinceIdOfIso(code) : undefined;
    return [id === undefined ? verbatim(String(code)) : provincePart(id, ctx)];
  });
  return provinces.length ? joined(provinces, ", ") : [labelled(ctx, "audit.values.none", "—")];
}

function filterValueParts(name: string, value: unknown, ctx: ValueContext): ValuePart[] {
  if (typeof value !== "string") return describeAuditValue(name, value, ctx);
  if (name === "action" && isAuditAction(value)) {
    return [labelled(ctx, `audit.actionLabels.${value}`, value)];
  }
  if (name === "entityType" && isAuditEntityType(value)) {
    return [labelled(ctx, `audit.entityLabels.${value}`, value)];
  }
  if (name === "actor" || name === "entityId") return [verbatim(value)];
  return describeAuditValue(name, value, ctx);
}

/** An audit export's filters as "label: value; …", each by the label the page's form shows. */
function filterParts(value: Record<string, unknown>, ctx: ValueContext): ValuePart[] {
  const rank = (k: string) => (FILTER_ORDER.includes(k) ? FILTER_ORDER.indexOf(k) : Infinity);
  const names = Object.keys(value)
    .filter((k) => value[k] !== undefined && value[k] !== null && value[k] !== "")
    .sort((a, b) => rank(a) - rank(b));
  if (names.length === 0) return [labelled(ctx, "audit.values.noFilters", "{}")];
  const items = names.map((name) => {
    const label = ctx.message(`audit.filter.${name}`);
    const head = label === undefined ? verbatim(name) : text(label);
    return [head, text(": "), ...filterValueParts(name, value[name], ctx)];
  });
  return joined(items, "; ");
}

/**
 * A value of an audit event's `changes` (a field's before or after, or a fact such as `format`),
 * as the pieces a reader sees. `key` is the field's or fact's name, which says what the value is.
 */
export function describeAuditValue(key: string, value: unknown, ctx: ValueContext): ValuePart[] {
  if (value === null || value === undefined) return [{ kind: "empty" }];
  if (typeof value === "boolean") {
    return [labelled(ctx, `audit.values.${value ? "yes" : "no"}`, String(value))];
  }
  if (typeof value === "number") return numberParts(key, value, ctx);
  if (typeof value === "string") return stringParts(key, value, ctx);
  if (Array.isArray(value)) {
    if (value.length === 0) return [labelled(ctx, "audit.values.none", "[]")];
    return joined(
      value.map((v) => describeAuditValue(key, v, ctx)),
      ", ",
    );
  }
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (key === "scope") {
      const scope = scopeParts(object, ctx);
      if (scope) return scope;
    }
    if (key === "filters") return filterParts(object, ctx);
  }
  return [verbatim(JSON.stringify(value))];
}
