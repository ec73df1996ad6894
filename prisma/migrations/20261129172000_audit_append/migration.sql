-- Hand-written: appends events to the audit hash chain in ONE round trip (decision 0026), for the
-- read-access log, which writes on every page that shows a victim's identity.
--
-- Each element of p_contents is an event's canonical JSON (lib/audit/canonical.ts), built by the
-- app. The hash covers that text exactly as recordAudit's does: SHA-256 of the previous hash, a
-- line feed, and the text, in UTF-8. The columns are read back from the same text, so what is
-- stored is what was hashed, and `audit:verify` re-hashes it like any other event.
--
-- Inside a function each statement takes a new snapshot, so the last hash is read after the
-- chain's lock (the same advisory lock as recordAudit's) is held, not before.
CREATE FUNCTION "audit_append"("p_contents" TEXT[]) RETURNS BIGINT[]
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev TEXT;
  content TEXT;
  c JSONB;
  h TEXT;
  new_id BIGINT;
  ids BIGINT[] := '{}';
BEGIN
  PERFORM pg_advisory_xact_lock(7262017);
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
    prev := h;
  END LOOP;
  RETURN ids;
END
$$;
