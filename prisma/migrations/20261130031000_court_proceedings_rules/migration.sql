-- Hand-added: two CHECKs of 20261130025759_court_proceedings let through what they mean to refuse
-- (decision 0029), so they are replaced here; the earlier migration stays as applied.
--
-- 1. A CHECK passes when it evaluates to NULL. With no verdict at all (court_outcome NULL),
--    "… OR court_outcome = 'CONVICTED'" is NULL, so a sentence, a fine or a suspended flag was
--    accepted for someone never tried. IS NOT DISTINCT FROM is false there instead.
ALTER TABLE "suspect" DROP CONSTRAINT "suspect_sentence_needs_conviction";
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_sentence_needs_conviction" CHECK (
  (sentence_months IS NULL AND sentence_suspended IS NULL AND fine_riel IS NULL)
  OR court_outcome IS NOT DISTINCT FROM 'CONVICTED'
);

-- 2. The codes were checked joined by spaces, so one item holding a space ("CC-1 CC-2") read as
--    two codes. Joined, the codes must also split back into exactly as many items as the array
--    has, so no item holds a space.
ALTER TABLE "suspect" DROP CONSTRAINT "suspect_charge_articles_codes";
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_charge_articles_codes" CHECK (
  charge_articles IS NOT NULL
  AND cardinality(charge_articles) <= 20
  AND array_position(charge_articles, NULL) IS NULL
  AND (cardinality(charge_articles) = 0
       OR (array_to_string(charge_articles, ' ')
             ~ '^(LSHTSE|CC)-[1-9][0-9]{0,2}( (LSHTSE|CC)-[1-9][0-9]{0,2})*$'
           AND cardinality(string_to_array(array_to_string(charge_articles, ' '), ' '))
             = cardinality(charge_articles)))
);
