-- AlterTable
ALTER TABLE "report_snapshot" ADD COLUMN     "audit_head_hash" CHAR(64),
ADD COLUMN     "audit_head_id" BIGINT;

-- Hand-added: a head is a whole event reference or none; existing snapshots keep none.
ALTER TABLE "report_snapshot"
  ADD CONSTRAINT "report_snapshot_audit_head_check" CHECK (
    ("audit_head_id" IS NULL) = ("audit_head_hash" IS NULL)
    AND ("audit_head_hash" IS NULL OR "audit_head_hash" ~ '^[0-9a-f]{64}$')
  );
