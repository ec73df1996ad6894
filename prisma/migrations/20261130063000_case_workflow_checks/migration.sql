-- Hand-added: what the case workflow (decision 0036) keeps true, held by the database too, so an
-- import, a script or a future bug cannot store it otherwise. Nothing in the schema language
-- says these, so the schema and the migrations still agree.
--
-- 1. A close reason only on a closed case. Not the converse: cases closed before the workflow
--    have no reason, and none is invented for them.
ALTER TABLE "case" ADD CONSTRAINT "case_close_reason_only_closed"
  CHECK ("close_reason" IS NULL OR "status" = 'CLOSED');

-- 2. A status change's note is at most 2,000 characters (STATUS_NOTE_MAX), as a referral's is;
--    and a change never goes from a status to itself.
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_note_length"
  CHECK (length("note") <= 2000);
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_moves"
  CHECK ("from_status" IS DISTINCT FROM "to_status");
