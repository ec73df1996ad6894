-- Indexes in the record lists' orders, over live rows only (issue 15). Each list's first page is
-- `WHERE deleted_at IS NULL [AND date in the year] ORDER BY <sort> LIMIT 51`: with an index in
-- exactly that order (NULLS LAST and the tie-breaker included) PostgreSQL reads 51 entries and
-- stops, where before it read and sorted every row of the year (or of the table). The year filter
-- is a half-open range on the same date, so the index's first column serves it too, and the
-- count runs as an index-only scan of the same index.
-- Partial (WHERE deleted_at IS NULL) as the lists are: soft-deleted rows are listed only on
-- request, rarely, and keeping them out keeps these indexes small. Hand-written: Prisma's schema
-- cannot say WHERE, so they are not in schema.prisma (see the comment on each model's indexes).
-- The sorts by reference or code need none: the unique indexes case_reference_key and
-- victim_code_key serve both directions.

-- Victims: date-desc (the default) and date-asc; and the province filter with the default sort.
CREATE INDEX "victim_live_rescued_desc_idx" ON "victim" ("rescued_at" DESC NULLS LAST, "code")
  WHERE "deleted_at" IS NULL;
CREATE INDEX "victim_live_rescued_asc_idx" ON "victim" ("rescued_at" ASC NULLS LAST, "code")
  WHERE "deleted_at" IS NULL;
CREATE INDEX "victim_live_province_rescued_desc_idx"
  ON "victim" ("rescue_province_id", "rescued_at" DESC NULLS LAST, "code")
  WHERE "deleted_at" IS NULL;

-- Cases: date-desc (the default) and date-asc; and the province filter with the default sort.
CREATE INDEX "case_live_cracked_down_desc_idx"
  ON "case" ("cracked_down_at" DESC NULLS LAST, "reference") WHERE "deleted_at" IS NULL;
CREATE INDEX "case_live_cracked_down_asc_idx"
  ON "case" ("cracked_down_at" ASC NULLS LAST, "reference") WHERE "deleted_at" IS NULL;
CREATE INDEX "case_live_province_cracked_down_desc_idx"
  ON "case" ("province_id", "cracked_down_at" DESC NULLS LAST, "reference")
  WHERE "deleted_at" IS NULL;

-- Suspects: date-desc (the default) and date-asc, by arrest date then id.
CREATE INDEX "suspect_live_arrested_desc_idx" ON "suspect" ("arrested_at" DESC NULLS LAST, "id")
  WHERE "deleted_at" IS NULL;
CREATE INDEX "suspect_live_arrested_asc_idx" ON "suspect" ("arrested_at" ASC NULLS LAST, "id")
  WHERE "deleted_at" IS NULL;

-- Referrals: the /referrals queue, newest referral first (referred_at is never null).
CREATE INDEX "referral_live_referred_desc_idx" ON "referral" ("referred_at" DESC, "id")
  WHERE "deleted_at" IS NULL;
