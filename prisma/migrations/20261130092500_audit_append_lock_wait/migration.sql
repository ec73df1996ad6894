-- Hand-written: audit_append, reporting what the append cost the chain (issue 15). Every audited
-- write now appends its queued events with this one call as its transaction's last statement
-- (lib/audit/audited-transaction.ts), so the chain's lock is held only from here to the commit.
--
-- Besides the new ids it returns the hashes (a publication names the chain's head, decision
-- 0025) and how long the call waited for the lock, measured inside the database by
-- clock_timestamp() so that the network round trip is not counted as waiting.
--
-- The hashing is audit_append's (migration 20261129172000), unchanged: SHA-256 of the previous
-- hash, a line feed, and the event's canonical JSON as the app built it.
CREATE FUNCTION "audit_append_timed"("p_contents" TEXT[], OUT "ids" BIGINT[], OUT "hashes" TEXT[],
                                     OUT "lock_wait_seconds" DOUBLE PRECISION)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  asked TIMESTAMPTZ := clock_timestamp();
  prev TEXT;
  content TEXT;
  c JSONB;
  h TEXT;
  new_id BIGINT;
BEGIN
  ids := '{}';
  hashes := '{}';
  PERFORM pg_advisory_xact_lock(7262017);
  lock_wait_seconds := extract(epoch FROM clock_timestamp() - asked);
  SELECT "hash" INTO prev FROM "audit_event" ORDER BY "id" DESC LIMIT 1;
  FOREACH content IN ARRAY p_contents LOOP
    c := content::jsonb;
    h := encode(sha256(convert_to(coalesce(prev, '') || E'\n' || content, 'UTF8')), 'hex');
    INSERT INTO "audit_event" ("occurred_at", "actor_id", "actor_email", "action", "entity_type",
                               "entity_id", "province_id", "changes", "ip", "user_agent",
                               "prev_hash", "hash")
    VALUES ((c ->> 'occurredAt')::timestamptz, (c ->> 'actorId')::uuid, c ->> 'actorEmail',
            c ->> 'action', c ->> 'entityType', c ->> 'entityId', (c ->> 'provinceId')::int,
            NULLIF(c -> 'changes', 'null'::jsonb), c ->> 'ip', c ->> 'userAgent', prev, h)
    RETURNING "id" INTO new_id;
    ids := ids || new_id;
    hashes := hashes || h;
    prev := h;
  END LOOP;
END
$$;

-- The one-round-trip append is now this function's; nothing calls the old one.
DROP FUNCTION "audit_append"(TEXT[]);
