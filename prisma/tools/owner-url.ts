// Migrations and grants run as the tables' owner, the app as the runtime role (decision 0023):
// MIGRATE_DATABASE_URL names the owner's connection; without it, DATABASE_URL is used, as on a
// single-role demo or development database. An empty variable (`MIGRATE_DATABASE_URL=` in .env)
// counts as unset.
export function ownerDatabaseUrl(): string | undefined {
  return process.env.MIGRATE_DATABASE_URL || process.env.DATABASE_URL || undefined;
}
