import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db-client";
import { prepareTestDatabase } from "./test-database";

// Declaration merging needs an interface here.
declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// Created and migrated once per run; each test then makes its own uniquely keyed data.
export default async function setup(project: TestProject) {
  // A fresh database each run: tests key their data uniquely, and nothing piles up between runs.
  const database = await prepareTestDatabase("integration", { fresh: true });
  // The provinces come with the migrations; everything else each test makes itself.
  const db = createPrismaClient(database.url, 2);
  await db
    .$executeRawUnsafe(`CREATE SEQUENCE test_future_year START 2200 INCREMENT 2 MAXVALUE 9999`)
    .then(() => db.$executeRawUnsafe(`CREATE SEQUENCE test_past_year START 1000 MAXVALUE 1999`))
    .finally(() => db.$disconnect());
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
