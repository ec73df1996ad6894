import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  experimental: { authInterrupts: true },
  // The schema engine's WASM and argon2's native binding must be loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
