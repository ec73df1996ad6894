-- Trigram matching for the duplicate-person warnings (a trusted extension since PostgreSQL 13).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "suspect" ADD COLUMN     "linked_to_id" UUID,
ADD COLUMN     "name_key" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "victim" ADD COLUMN     "linked_to_id" UUID,
ADD COLUMN     "name_key" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "suspect_name_key_trgm" ON "suspect" USING GIN ("name_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "victim_name_key_trgm" ON "victim" USING GIN ("name_key" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_linked_to_id_fkey" FOREIGN KEY ("linked_to_id") REFERENCES "suspect"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim" ADD CONSTRAINT "victim_linked_to_id_fkey" FOREIGN KEY ("linked_to_id") REFERENCES "victim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The matching key is kept by the database, so every write path (forms, imports, scripts) fills
-- it the same way: Unicode NFC, zero-width characters removed (Khmer typists insert U+200B between
-- words, and not always), lower case, runs of spaces collapsed. Trigrams then work on Khmer script
-- as well as on Latin script.
CREATE FUNCTION "person_name_key"(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(translate(normalize(name, NFC), E'\u200B\u200C\u200D\uFEFF', '')), '\s+', ' ', 'g'))
$$;

CREATE FUNCTION "set_person_name_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_key := person_name_key(NEW.name);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "victim_name_key" BEFORE INSERT OR UPDATE OF name ON "victim"
  FOR EACH ROW EXECUTE FUNCTION "set_person_name_key"();
CREATE TRIGGER "suspect_name_key" BEFORE INSERT OR UPDATE OF name ON "suspect"
  FOR EACH ROW EXECUTE FUNCTION "set_person_name_key"();

UPDATE "victim" SET "name_key" = person_name_key("name");
UPDATE "suspect" SET "name_key" = person_name_key("name");
