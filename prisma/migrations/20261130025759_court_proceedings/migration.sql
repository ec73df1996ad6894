-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('NONE', 'LODGED', 'UPHELD', 'VARIED', 'OVERTURNED');

-- AlterTable
ALTER TABLE "suspect" ADD COLUMN     "appeal_status" "AppealStatus",
ADD COLUMN     "charge_articles" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "charged_at" TIMESTAMPTZ(3),
ADD COLUMN     "court_province_id" INTEGER,
ADD COLUMN     "fine_riel" INTEGER,
ADD COLUMN     "sentence_months" INTEGER,
ADD COLUMN     "sentence_suspended" BOOLEAN,
ADD COLUMN     "verdict_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "suspect_charged_at_idx" ON "suspect"("charged_at");

-- CreateIndex
CREATE INDEX "suspect_verdict_at_idx" ON "suspect"("verdict_at");

-- AddForeignKey
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_court_province_id_fkey" FOREIGN KEY ("court_province_id") REFERENCES "province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-added: what the schema language cannot say (decision 0029).
-- Charge codes are "LSHTSE-<article>" (2008 Law on Suppression of Human Trafficking and Sexual
-- Exploitation) or "CC-<article>" (Criminal Code), at most 20, no nulls.
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_charge_articles_codes" CHECK (
  charge_articles IS NOT NULL
  AND cardinality(charge_articles) <= 20
  AND array_position(charge_articles, NULL) IS NULL
  AND (cardinality(charge_articles) = 0
       OR array_to_string(charge_articles, ' ')
          ~ '^(LSHTSE|CC)-[1-9][0-9]{0,2}( (LSHTSE|CC)-[1-9][0-9]{0,2})*$')
);
-- A sentence belongs to a conviction; months and fines are not negative (100 years at most).
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_sentence_needs_conviction" CHECK (
  (sentence_months IS NULL AND sentence_suspended IS NULL AND fine_riel IS NULL)
  OR court_outcome = 'CONVICTED'
);
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_sentence_months_range" CHECK (
  sentence_months IS NULL OR sentence_months BETWEEN 0 AND 1200
);
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_fine_riel_range" CHECK (
  fine_riel IS NULL OR fine_riel >= 0
);
-- A verdict date needs a verdict; a pending trial has none.
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_verdict_date_needs_verdict" CHECK (
  verdict_at IS NULL OR (court_outcome IS NOT NULL AND court_outcome <> 'PENDING')
);
-- An appeal is against a verdict.
ALTER TABLE "suspect" ADD CONSTRAINT "suspect_appeal_needs_verdict" CHECK (
  appeal_status IS NULL OR appeal_status = 'NONE'
  OR (court_outcome IS NOT NULL AND court_outcome <> 'PENDING')
);
