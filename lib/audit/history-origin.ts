// Why a record's history can start without its creation. Every way the app creates a record (a
// form, an import, the admin pages, `admin:create`) writes `<entity>.created` in the creating
// transaction. Records written straight into the database have no such event: the demo seed loads
// its records and accounts that way (decision 0013), and the agencies migration its reference rows, with one `seed.loaded` event for the whole
// load. Their history shows only what happened to them since.

/** Whether `events`, a record's history, holds the event that created it. */
export function creationRecorded(
  entityType: "case" | "suspect" | "victim" | "user" | "agency",
  events: readonly { action: string }[],
): boolean {
  return events.some((e) => e.action === `${entityType}.created`);
}
