-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STAFF', 'MANAGER', 'AUDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "OffenceType" AS ENUM ('HUMAN_TRAFFICKING', 'SEXUAL_EXPLOITATION', 'LABOUR_EXPLOITATION', 'FORCED_MARRIAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'INVESTIGATION', 'PROSECUTION', 'IN_COURT', 'CLOSED');

-- CreateEnum
CREATE TYPE "SuspectRole" AS ENUM ('RECRUITER', 'BROKER', 'TRANSPORTER', 'EXPLOITER', 'OTHER');

-- CreateEnum
CREATE TYPE "CourtOutcome" AS ENUM ('PENDING', 'CONVICTED', 'ACQUITTED', 'DISMISSED', 'OTHER');

-- CreateEnum
CREATE TYPE "RescuingAgency" AS ENUM ('POLICE_JUDICIAL', 'FOREIGN_AFFAIRS', 'OTHER');

-- CreateEnum
CREATE TYPE "ExploitationType" AS ENUM ('SEXUAL', 'LABOUR', 'FORCED_MARRIAGE', 'DOMESTIC_SERVITUDE', 'BEGGING', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('SHELTER', 'MEDICAL', 'PSYCHOSOCIAL', 'LEGAL', 'REPATRIATION', 'REINTEGRATION', 'EDUCATION', 'VOCATIONAL', 'OTHER');

-- CreateTable
CREATE TABLE "province" (
    "id" INTEGER NOT NULL,
    "code" VARCHAR(3) NOT NULL,
    "iso_code" VARCHAR(6) NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_km" TEXT NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "national_scope" BOOLEAN NOT NULL DEFAULT false,
    "agency" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_province" (
    "user_id" UUID NOT NULL,
    "province_id" INTEGER NOT NULL,

    CONSTRAINT "user_province_pkey" PRIMARY KEY ("user_id","province_id")
);

-- CreateTable
CREATE TABLE "case" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "offence_type" "OffenceType" NOT NULL,
    "province_id" INTEGER NOT NULL,
    "lead_agency" TEXT NOT NULL,
    "cracked_down_at" TIMESTAMPTZ(3),
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "summary" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suspect" (
    "id" UUID NOT NULL,
    "case_id" UUID,
    "name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL DEFAULT 'UNKNOWN',
    "date_of_birth" DATE,
    "age_years" INTEGER,
    "nationality" CHAR(2),
    "is_foreign" BOOLEAN,
    "role" "SuspectRole" NOT NULL DEFAULT 'OTHER',
    "arrested_at" TIMESTAMPTZ(3),
    "arresting_unit" TEXT,
    "charges" TEXT,
    "court_outcome" "CourtOutcome",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "suspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "victim" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "case_id" UUID,
    "name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL DEFAULT 'UNKNOWN',
    "date_of_birth" DATE,
    "age_at_rescue" INTEGER,
    "nationality" CHAR(2),
    "home_province_id" INTEGER,
    "rescued_at" TIMESTAMPTZ(3),
    "rescued_abroad" BOOLEAN NOT NULL DEFAULT false,
    "rescue_province_id" INTEGER,
    "rescue_country" CHAR(2),
    "rescuing_agency" "RescuingAgency" NOT NULL,
    "exploitation_type" "ExploitationType" NOT NULL DEFAULT 'UNKNOWN',
    "services_referred" "ServiceType"[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "victim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "changes" JSONB,
    "ip" TEXT,
    "user_agent" TEXT,
    "prev_hash" CHAR(64),
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "province_code_key" ON "province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "province_iso_code_key" ON "province"("iso_code");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "user_province_province_id_idx" ON "user_province"("province_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_reference_key" ON "case"("reference");

-- CreateIndex
CREATE INDEX "case_cracked_down_at_idx" ON "case"("cracked_down_at");

-- CreateIndex
CREATE INDEX "case_province_id_cracked_down_at_idx" ON "case"("province_id", "cracked_down_at");

-- CreateIndex
CREATE INDEX "case_offence_type_idx" ON "case"("offence_type");

-- CreateIndex
CREATE INDEX "suspect_case_id_idx" ON "suspect"("case_id");

-- CreateIndex
CREATE INDEX "suspect_arrested_at_idx" ON "suspect"("arrested_at");

-- CreateIndex
CREATE INDEX "suspect_nationality_arrested_at_idx" ON "suspect"("nationality", "arrested_at");

-- CreateIndex
CREATE UNIQUE INDEX "victim_code_key" ON "victim"("code");

-- CreateIndex
CREATE INDEX "victim_case_id_idx" ON "victim"("case_id");

-- CreateIndex
CREATE INDEX "victim_rescued_at_idx" ON "victim"("rescued_at");

-- CreateIndex
CREATE INDEX "victim_rescue_province_id_rescued_at_idx" ON "victim"("rescue_province_id", "rescued_at");

-- CreateIndex
CREATE INDEX "victim_rescued_abroad_rescue_country_rescued_at_idx" ON "victim"("rescued_abroad", "rescue_country", "rescued_at");

-- CreateIndex
CREATE INDEX "victim_nationality_idx" ON "victim"("nationality");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_occurred_at_idx" ON "audit_event"("actor_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_action_occurred_at_idx" ON "audit_event"("action", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");

-- AddForeignKey
ALTER TABLE "user_province" ADD CONSTRAINT "user_province_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_province" ADD CONSTRAINT "user_province_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_home_province_id_fkey" FOREIGN KEY ("home_province_id") REFERENCES "province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_rescue_province_id_fkey" FOREIGN KEY ("rescue_province_id") REFERENCES "province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot state, kept by the database itself.
ALTER TABLE "suspect"
  ADD CONSTRAINT "suspect_nationality_iso" CHECK ("nationality" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "suspect_age_range" CHECK ("age_years" BETWEEN 0 AND 120),
  ADD CONSTRAINT "suspect_foreign_matches_nationality"
    CHECK ("nationality" IS NULL OR "is_foreign" IS NULL OR "is_foreign" = ("nationality" <> 'KH')),
  ADD CONSTRAINT "suspect_version_positive" CHECK ("version" >= 1);

ALTER TABLE "victim"
  ADD CONSTRAINT "victim_nationality_iso" CHECK ("nationality" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "victim_rescue_country_iso" CHECK ("rescue_country" ~ '^[A-Z]{2}$' AND "rescue_country" <> 'KH'),
  ADD CONSTRAINT "victim_age_range" CHECK ("age_at_rescue" BETWEEN 0 AND 120),
  ADD CONSTRAINT "victim_rescue_place"
    CHECK (("rescued_abroad" AND "rescue_province_id" IS NULL)
        OR (NOT "rescued_abroad" AND "rescue_country" IS NULL)),
  ADD CONSTRAINT "victim_version_positive" CHECK ("version" >= 1);

ALTER TABLE "case"
  ADD CONSTRAINT "case_version_positive" CHECK ("version" >= 1);
