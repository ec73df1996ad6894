-- CreateTable
CREATE TABLE "case_sequence" (
    "province_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "case_sequence_pkey" PRIMARY KEY ("province_id","year")
);

-- Carry on from references already issued.
INSERT INTO "case_sequence" ("province_id", "year", "last_value")
SELECT "province_id", split_part("reference", '-', 2)::int, max(split_part("reference", '-', 3)::int)
  FROM "case"
 WHERE "reference" ~ '^[A-Z]{3}-[0-9]{4}-[0-9]+$'
 GROUP BY 1, 2;
