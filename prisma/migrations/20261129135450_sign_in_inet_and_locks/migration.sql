-- Client addresses are valid IP addresses or null (issue 9, point 3; docs/decisions/0021).
-- Converted in place, not dropped and re-added as the engine proposed: a stored value that is not
-- an address (a forged X-Forwarded-For such as '=2+2' or 'unknown') becomes null.
CREATE FUNCTION pg_temp.inet_or_null(value TEXT) RETURNS INET LANGUAGE plpgsql AS $$
BEGIN
  RETURN value::INET;
EXCEPTION WHEN others THEN
  RETURN NULL;
END;
$$;

-- AlterTable
ALTER TABLE "session" ALTER COLUMN "ip" SET DATA TYPE INET USING pg_temp.inet_or_null("ip");

-- AlterTable
ALTER TABLE "sign_in_attempt"
  ALTER COLUMN "ip" DROP NOT NULL,
  ALTER COLUMN "ip" SET DATA TYPE INET USING pg_temp.inet_or_null("ip");

-- A lower-cased email of at most 254 characters (RFC 5321's limit), as lib/auth/sign-in.ts stores.
ALTER TABLE "sign_in_attempt" ADD CONSTRAINT "sign_in_attempt_email_bounded"
  CHECK (length("email") <= 254) NOT VALID;

-- audit_event.ip stays TEXT: it is part of the hashed content, and neither converting it nor
-- nulling old values may change what `npm run audit:verify` re-hashes. New rows must hold one
-- address, no CIDR suffix; old rows are left as they were (NOT VALID skips them).
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_ip_is_address"
  CHECK ("ip" IS NULL OR (length("ip") <= 45 AND strpos("ip", '/') = 0 AND "ip"::INET IS NOT NULL))
  NOT VALID;

-- CreateTable
CREATE TABLE "sign_in_lock" (
    "key" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3) NOT NULL,
    "refused" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "sign_in_lock_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "sign_in_attempt_attempted_at_idx" ON "sign_in_attempt"("attempted_at");
