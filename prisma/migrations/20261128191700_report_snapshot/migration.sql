-- CreateTable
CREATE TABLE "report_snapshot" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "age_band_set" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_by_id" UUID NOT NULL,
    "note" TEXT,

    CONSTRAINT "report_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_snapshot_year_revision_key" ON "report_snapshot"("year", "revision");

-- AddForeignKey
ALTER TABLE "report_snapshot" ADD CONSTRAINT "report_snapshot_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the schema language cannot state. A published report is the national report with the
-- default bands; the stored document must be the year's, and the hash a SHA-256 in hex.
ALTER TABLE "report_snapshot"
  ADD CONSTRAINT "report_snapshot_revision_check" CHECK ("revision" >= 1),
  ADD CONSTRAINT "report_snapshot_age_band_set_check" CHECK ("age_band_set" = 'ncct'),
  ADD CONSTRAINT "report_snapshot_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "report_snapshot_note_check" CHECK (char_length("note") <= 500),
  ADD CONSTRAINT "report_snapshot_document_check" CHECK (
    jsonb_typeof("document") = 'object'
    AND "document"->>'year' = "year"::text
    AND "document"->'scope'->>'national' = 'true'
  );

-- A published report is never edited or removed: a correction is published as the next revision,
-- and the earlier ones stay readable with the hash that was announced for them.
CREATE FUNCTION "report_snapshot_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_snapshot is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "report_snapshot_append_only"
  BEFORE UPDATE OR DELETE ON "report_snapshot"
  FOR EACH ROW EXECUTE FUNCTION "report_snapshot_refuse_change"();

CREATE TRIGGER "report_snapshot_no_truncate"
  BEFORE TRUNCATE ON "report_snapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "report_snapshot_refuse_change"();
