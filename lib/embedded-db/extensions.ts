import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** The extensions every open of the embedded database loads: pg_trgm backs the duplicate-name
 * warnings (PostgreSQL servers ship it in contrib). */
export const pgliteExtensions = { pg_trgm };
