import "dotenv/config";
import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` throws when the variable is unset, which would break `prisma generate`
// on postinstall in a fresh checkout; an empty URL is fine for generate.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
