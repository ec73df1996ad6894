import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db-client";
import { grantTestRuntimeRole, prepareTestDatabase } from "./test-database";

// Declaration merging needs an interface here.
declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The runtime role's URL, as the app connects (decision 0023); the owner's on PGlite. */
    databaseUrl: string;
    /** The tables' owner's URL, for the few tests that must tamper as the owner. */
    ownerDatabaseUrl: string;
  }
}

// Created and migrated once per run; each test then makes its own uniquely keyed data.
export default async function setup(project: TestProject) {
  // A fresh database each run: tests key their data uniquely, and nothing piles up between runs.
  const database = await prepareTestDatabase("integration", { fresh: true });
  // The provinces come with the migrations; everything else each test makes itself.
  // The test sequences are the owner's: the runtime role may not create sequences.
  const db = createPrismaClient(database.url, 2);
  await db
    .$executeRawUnsafe(`CREATE SEQUENCE test_future_year START 2200 INCREMENT 2 MAXVALUE 9999`)
    .then(() => db.$executeRawUnsafe(`CREATE SEQUENCE test_past_year START 1000 MAXVALUE 1999`))
    .finally(() => db.$disconnect());
  // Granted last, so that the role also gets the sequences just made.
  project.provide("databaseUrl", await grantTestRuntimeRole(database));
  project.provide("ownerDatabaseUrl", database.url);
  return () => database.stop();
}
