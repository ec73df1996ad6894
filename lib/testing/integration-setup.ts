import { inject } from "vitest";
import { assertLocalDatabase } from "./test-database";

const url = inject("databaseUrl");
const ownerUrl = inject("ownerDatabaseUrl");
assertLocalDatabase(url);
assertLocalDatabase(ownerUrl);
// lib/db.ts reads DATABASE_URL on first use: the app's code under test runs as the runtime role.
process.env.DATABASE_URL = url;
// For ownerDb() (lib/testing/db.ts) and the owner-only steps of a few tests.
process.env.OWNER_DATABASE_URL = ownerUrl;
