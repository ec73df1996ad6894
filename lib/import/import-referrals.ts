import "server-only";
import { randomUUID } from "node:crypto";
import { createdEvents, type ChainEvent } from "@/lib/audit/record-batch";
import type { AuditInput } from "@/lib/audit/record";
import type { Tx } from "@/lib/data/person-writes";
import { defaultProviderOf } from "@/lib/domain/agencies";
import type { Created } from "./import-victims";

// The import's "Services referred to" column (decision 0035): each service listed becomes a
// REFERRED referral of the new victim to the default provider of that service (Foreign Affairs
// for repatriation, else Social Affairs), dated the day of the rescue, in the import's own
// transaction and with its own `referral.created` event, as a referral made on the victim's page.
// Providers are then changed by referring again; an import cannot name one.

const CHUNK = 5_000;

type ImportedReferral = {
  id: string;
  victimId: string;
  service: Created["services"][number];
  providerId: number;
  referredAt: Date;
  status: "REFERRED";
  statusAt: Date;
  providedAt: null;
  note: null;
  version: 1;
};

/** Inserts the referrals of the victims just streamed, and their first history rows; returns
 * their audit events. `now`: the date of victims with no rescue date. */
export async function insertImportedReferrals(
  tx: Tx,
  created: Created[],
  audit: Pick<AuditInput, "actor" | "request">,
  details: Record<string, unknown>,
  now = new Date(),
): Promise<ChainEvent[]> {
  const actorId = audit.actor?.id ?? null;
  const rows: { referral: ImportedReferral; provinceId: number | null }[] = created.flatMap(
    ({ victim, provinceId, services }) =>
      services.map((service) => {
        const at = victim.rescuedAt ?? now;
        const referral: ImportedReferral = {
          id: randomUUID(),
          victimId: victim.id,
          service,
          providerId: defaultProviderOf(service),
          referredAt: at,
          status: "REFERRED",
          statusAt: at,
          providedAt: null,
          note: null,
          version: 1,
        };
        return { referral, provinceId };
      }),
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => r.referral);
    await tx.referral.createMany({
      data: chunk.map((r) => ({ ...r, createdById: actorId, updatedById: actorId })),
    });
    await tx.referralEvent.createMany({
      data: chunk.map((r) => ({ referralId: r.id, status: r.status, at: r.referredAt, actorId })),
    });
  }
  const createdEvent = createdEvents(details);
  return rows.map(({ referral, provinceId }) =>
    createdEvent(
      {
        ...audit,
        action: "referral.created",
        entityType: "referral",
        entityId: referral.id,
        provinceId,
      },
      referral,
    ),
  );
}
