import { inject } from "vitest";
import { assertLocalDatabase } from "./test-database";

const url = inject("databaseUrl");
assertLocalDatabase(url);
// lib/db.ts reads this on first use.
process.env.DATABASE_URL = url;
