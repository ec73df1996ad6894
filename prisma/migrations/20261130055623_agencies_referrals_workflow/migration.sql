-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('SECRETARIAT', 'PROVINCIAL_COMMITTEE', 'POLICE', 'FOREIGN_AFFAIRS', 'SOCIAL_AFFAIRS', 'COURT', 'NGO');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('REFERRED', 'ACCEPTED', 'PROVIDED', 'DECLINED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReintegrationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'REINTEGRATED', 'AT_RISK', 'RE_TRAFFICKED', 'LOST_CONTACT');

-- CreateEnum
CREATE TYPE "CaseCloseReason" AS ENUM ('CONVICTION', 'ACQUITTAL', 'DISMISSED', 'INSUFFICIENT_EVIDENCE', 'NO_SUSPECT_IDENTIFIED', 'WITHDRAWN', 'TRANSFERRED', 'MERGED', 'OTHER');

-- AlterTable
-- The free-text agency becomes the unit within the agency (nothing typed is lost).
ALTER TABLE "app_user" RENAME COLUMN "agency" TO "agency_unit";
ALTER TABLE "app_user" ADD COLUMN     "agency_id" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "case" ADD COLUMN     "agency_id" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "close_reason" "CaseCloseReason",
ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "suspect" ADD COLUMN     "agency_id" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "victim" ADD COLUMN     "agency_id" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "agency" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(24) NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_km" TEXT NOT NULL,
    "province_id" INTEGER,
    "services" "ServiceType"[] DEFAULT ARRAY[]::"ServiceType"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "service" "ServiceType" NOT NULL,
    "provider_id" INTEGER NOT NULL,
    "referred_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'REFERRED',
    "status_at" TIMESTAMPTZ(3) NOT NULL,
    "provided_at" TIMESTAMPTZ(3),
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral_event" (
    "id" BIGSERIAL NOT NULL,
    "referral_id" UUID NOT NULL,
    "status" "ReferralStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referral_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up" (
    "id" UUID NOT NULL,
    "referral_id" UUID NOT NULL,
    "visited_at" TIMESTAMPTZ(3) NOT NULL,
    "visited_by" TEXT,
    "outcome" TEXT,
    "reintegration" "ReintegrationStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_status_change" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" UUID,
    "note" TEXT,
    "close_reason" "CaseCloseReason",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agency_code_key" ON "agency"("code");

-- CreateIndex
CREATE INDEX "agency_kind_idx" ON "agency"("kind");

-- CreateIndex
CREATE INDEX "referral_victim_id_idx" ON "referral"("victim_id");

-- CreateIndex
CREATE INDEX "referral_provider_id_status_idx" ON "referral"("provider_id", "status");

-- CreateIndex
CREATE INDEX "referral_referred_at_idx" ON "referral"("referred_at");

-- CreateIndex
CREATE INDEX "referral_provided_at_idx" ON "referral"("provided_at");

-- CreateIndex
CREATE INDEX "referral_event_referral_id_at_idx" ON "referral_event"("referral_id", "at");

-- CreateIndex
CREATE INDEX "follow_up_referral_id_visited_at_idx" ON "follow_up"("referral_id", "visited_at");

-- CreateIndex
CREATE INDEX "follow_up_visited_at_idx" ON "follow_up"("visited_at");

-- CreateIndex
CREATE INDEX "case_status_change_case_id_at_idx" ON "case_status_change"("case_id", "at");

-- CreateIndex
CREATE INDEX "case_agency_id_idx" ON "case"("agency_id");

-- CreateIndex
CREATE INDEX "suspect_agency_id_idx" ON "suspect"("agency_id");

-- CreateIndex
CREATE INDEX "victim_agency_id_idx" ON "victim"("agency_id");

-- Reference data (decision 0034): the national bodies, then one provincial committee, police
-- anti-trafficking unit, court of first instance and social affairs department per province.
-- Id 1, the secretariat, is every column's default: existing users keep the access they had.
INSERT INTO "agency" ("id", "code", "kind", "name_en", "name_km", "province_id", "services") VALUES
  (1, 'NCCT', 'SECRETARIAT', 'NCCT Secretariat',
      'អគ្គលេខាធិការដ្ឋានគណៈកម្មាធិការជាតិប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស', NULL, '{}'),
  (2, 'MFA', 'FOREIGN_AFFAIRS', 'Ministry of Foreign Affairs and International Cooperation',
      'ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ', NULL, '{REPATRIATION}'),
  (3, 'MOSVY', 'SOCIAL_AFFAIRS', 'Ministry of Social Affairs, Veterans and Youth Rehabilitation',
      'ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា', NULL,
      '{SHELTER,MEDICAL,PSYCHOSOCIAL,LEGAL,REPATRIATION,REINTEGRATION,EDUCATION,VOCATIONAL,OTHER}'),
  (4, 'AHTJP', 'POLICE', 'Department of Anti-Human Trafficking and Juvenile Protection',
      'នាយកដ្ឋានប្រឆាំងការជួញដូរមនុស្ស និងការពារអនីតិជន', NULL, '{}')
ON CONFLICT ("id") DO NOTHING;
SELECT setval(pg_get_serial_sequence('agency', 'id'), (SELECT max("id") FROM "agency"));

INSERT INTO "agency" ("code", "kind", "name_en", "name_km", "province_id", "services")
SELECT k.prefix || '-' || p."code", k.kind::"AgencyKind",
       CASE WHEN k.kind = 'COURT' AND p."id" = 12 THEN 'Phnom Penh Municipal Court'
            ELSE k.name_en || ', ' || p."name_en" END,
       k.name_km || p."name_km", p."id", k.services::"ServiceType"[]
FROM "province" p
CROSS JOIN (VALUES
  (1, 'PCCT', 'PROVINCIAL_COMMITTEE', 'Provincial Committee for Counter Trafficking',
      'គណៈកម្មាធិការប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស ', '{}'),
  (2, 'POL', 'POLICE', 'Anti-Human Trafficking Police', 'ការិយាល័យប្រឆាំងការជួញដូរមនុស្ស ', '{}'),
  (3, 'COURT', 'COURT', 'Court of First Instance', 'សាលាដំបូង ', '{}'),
  (4, 'DOSVY', 'SOCIAL_AFFAIRS', 'Department of Social Affairs', 'មន្ទីរសង្គមកិច្ច ',
      '{SHELTER,MEDICAL,PSYCHOSOCIAL,LEGAL,REINTEGRATION,EDUCATION,VOCATIONAL,OTHER}')
) AS k(ord, prefix, kind, name_en, name_km, services)
ORDER BY k.ord, p."id"
ON CONFLICT ("code") DO NOTHING;
SELECT setval(pg_get_serial_sequence('agency', 'id'), (SELECT max("id") FROM "agency"));


-- Records that predate agencies: a case belongs to its province's police unit; a suspect to its
-- case's agency; a victim rescued by Foreign Affairs to the ministry, otherwise to the case's
-- agency or the police unit of the province of rescue. What matches nothing stays with the
-- secretariat (the default).
UPDATE "case" c SET "agency_id" = a."id"
FROM "province" p JOIN "agency" a ON a."code" = 'POL-' || p."code"
WHERE p."id" = c."province_id";

UPDATE "suspect" s SET "agency_id" = c."agency_id" FROM "case" c WHERE c."id" = s."case_id";

UPDATE "victim" v SET "agency_id" = 2 WHERE v."rescuing_agency" = 'FOREIGN_AFFAIRS';
UPDATE "victim" v SET "agency_id" = c."agency_id"
FROM "case" c WHERE c."id" = v."case_id" AND v."rescuing_agency" <> 'FOREIGN_AFFAIRS';
UPDATE "victim" v SET "agency_id" = a."id"
FROM "province" p JOIN "agency" a ON a."code" = 'POL-' || p."code"
WHERE p."id" = v."rescue_province_id" AND v."case_id" IS NULL
  AND v."rescuing_agency" <> 'FOREIGN_AFFAIRS';

-- A case's status history starts with the status it has now, dated when it was cracked down
-- (or entered).
INSERT INTO "case_status_change" ("case_id", "from_status", "to_status", "at", "actor_id", "note")
SELECT c."id", NULL, c."status", COALESCE(c."cracked_down_at", c."created_at"), c."created_by_id",
       'Status before the case workflow'
FROM "case" c;
UPDATE "case" SET "status_changed_at" = COALESCE("cracked_down_at", "created_at");

-- The services a victim was referred to become referrals: repatriation to Foreign Affairs,
-- everything else to the Ministry of Social Affairs, referred on the rescue date (or entry), and
-- still REFERRED: nothing recorded says they were provided.
INSERT INTO "referral" ("id", "victim_id", "service", "provider_id", "referred_at", "status",
                        "status_at", "note", "created_at", "created_by_id", "updated_by_id")
SELECT gen_random_uuid(), v."id", s.service,
       CASE WHEN s.service = 'REPATRIATION' THEN 2 ELSE 3 END,
       COALESCE(v."rescued_at", v."created_at"), 'REFERRED', COALESCE(v."rescued_at", v."created_at"),
       'From the services referred recorded on the victim', v."created_at", v."created_by_id",
       v."created_by_id"
FROM "victim" v CROSS JOIN LATERAL unnest(v."services_referred") AS s(service)
WHERE v."deleted_at" IS NULL;
INSERT INTO "referral_event" ("referral_id", "status", "at", "actor_id", "note")
SELECT r."id", 'REFERRED', r."referred_at", r."created_by_id", r."note" FROM "referral" r;

-- Status histories are append-only, like the audit trail (a correction is a new change).
CREATE FUNCTION "history_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "referral_event_append_only" BEFORE UPDATE OR DELETE ON "referral_event"
  FOR EACH ROW EXECUTE FUNCTION "history_refuse_change"();
CREATE TRIGGER "case_status_change_append_only" BEFORE UPDATE OR DELETE ON "case_status_change"
  FOR EACH ROW EXECUTE FUNCTION "history_refuse_change"();

-- A referral's provided date exists exactly when it was provided (or provided, then closed).
ALTER TABLE "referral" ADD CONSTRAINT "referral_provided_at_status"
  CHECK ("provided_at" IS NULL OR "status" IN ('PROVIDED', 'CLOSED'));
ALTER TABLE "referral" ADD CONSTRAINT "referral_note_length" CHECK (length("note") <= 2000);
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_text_length"
  CHECK (length("outcome") <= 4000 AND length("visited_by") <= 200);
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_close_reason"
  CHECK ("close_reason" IS NULL OR "to_status" = 'CLOSED');
ALTER TABLE "agency" ADD CONSTRAINT "agency_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9-]{1,23}$');


-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral" ADD CONSTRAINT "referral_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_event" ADD CONSTRAINT "referral_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_referral_id_fkey" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
