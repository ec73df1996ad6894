-- Hand-added: the duplicate-matching and search key folds the spellings Khmer typists use for the
-- same name (decision 0028), so a victim typed one way is found when typed the other. The rules
-- mirror personNameKey in lib/domain/khmer-text.ts, which the search uses on its query; an
-- integration test holds the two to each other. In order:
--   1. Unicode NFC.
--   2. Remove the invisible characters: zero-width space, non-joiner, joiner, word joiner and
--      byte-order mark (typed between words, and not always), and the two inherent-vowel signs
--      U+17B4 and U+17B5, which Unicode says not to use and which show nothing.
--   3. Fold the vowels written as two signs into the one sign Unicode defines: េ + ី → ើ (U+17BE),
--      េ + ា → ោ (U+17C4), and ើ + ា, which looks the same, → ោ + ី.
--   4. Subscript da is written for subscript ta (្ដ and ្ត look alike): fold it to ta.
--   5. Subscript ro comes last in a cluster (ស + ្ត + ្រ), whatever order it was typed in.
--   6. The deprecated independent vowels ឣ (U+17A3) → អ, ឤ (U+17A4) → អា.
--   7. Lower case; runs of white space become one space; trimmed.
CREATE OR REPLACE FUNCTION "person_name_key"(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(
    regexp_replace(
      replace(replace(replace(replace(replace(replace(
        translate(normalize(name, NFC), E'\u200B\u200C\u200D\u2060\uFEFF\u17B4\u17B5', ''),
        E'\u17C1\u17B8', E'\u17BE'),
        E'\u17C1\u17B6', E'\u17C4'),
        E'\u17BE\u17B6', E'\u17C4\u17B8'),
        E'\u17D2\u178A', E'\u17D2\u178F'),
        E'\u17A3', E'\u17A2'),
        E'\u17A4', E'\u17A2\u17B6'),
      E'\u17D2\u179A(\u17D2[\u1780-\u17B3])', E'\\1\u17D2\u179A', 'g')
  ), '\s+', ' ', 'g'))
$$;

-- Hand-added: the stored keys of existing people, by the new rules. Updating name_key alone fires
-- neither name trigger (they run on UPDATE OF name) nor anything that would touch the audit trail.
UPDATE "victim" SET "name_key" = person_name_key("name") WHERE "name_key" IS DISTINCT FROM person_name_key("name");
UPDATE "suspect" SET "name_key" = person_name_key("name") WHERE "name_key" IS DISTINCT FROM person_name_key("name");
