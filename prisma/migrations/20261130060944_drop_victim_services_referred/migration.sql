-- Services referred are referrals now (decision 0035): the list on the victim goes.
-- 20261130055623 turned every live victim's list into REFERRED referrals. A victim written between
-- that migration and this one (by a build that still wrote the list) is caught up here first, the
-- same way, for each service it has no referral of yet, so no recorded service is lost.
WITH missing AS (
  SELECT v."id" AS victim_id, s.service, COALESCE(v."rescued_at", v."created_at") AS at,
         v."created_at", v."created_by_id"
    FROM "victim" v CROSS JOIN LATERAL unnest(v."services_referred") AS s(service)
   WHERE v."deleted_at" IS NULL
     AND NOT EXISTS (SELECT 1 FROM "referral" r
                      WHERE r."victim_id" = v."id" AND r."service" = s.service)
), inserted AS (
  INSERT INTO "referral" ("id", "victim_id", "service", "provider_id", "referred_at", "status",
                          "status_at", "note", "created_at", "created_by_id", "updated_by_id")
  SELECT gen_random_uuid(), m.victim_id, m.service,
         CASE WHEN m.service = 'REPATRIATION' THEN 2 ELSE 3 END,
         m.at, 'REFERRED', m.at, 'From the services referred recorded on the victim',
         m."created_at", m."created_by_id", m."created_by_id"
    FROM missing m
  RETURNING "id", "referred_at", "created_by_id", "note"
)
INSERT INTO "referral_event" ("referral_id", "status", "at", "actor_id", "note")
SELECT "id", 'REFERRED', "referred_at", "created_by_id", "note" FROM inserted;

-- AlterTable
ALTER TABLE "victim" DROP COLUMN "services_referred";
