export type FieldChange = { before: unknown; after: unknown };
export type FieldChanges = Record<string, FieldChange>;

// Never written to the audit trail, whatever a caller passes.
const SECRET_FIELDS = new Set(["password", "passwordHash", "newPassword", "currentPassword"]);

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(comparable);
  return value ?? null;
}

/** Field-level before/after for the fields that changed; secrets are left out. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const key of keys) {
    if (SECRET_FIELDS.has(key)) continue;
    const b = comparable(before?.[key]);
    const a = comparable(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

/** The names of the fields a save changed, bookkeeping aside: what a save's response reports. */
export function changedFieldNames(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  return Object.keys(diffFields(before, after)).filter((key) => key !== "version");
}
