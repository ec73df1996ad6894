import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  experimental: {
    authInterrupts: true,
    // Next buffers at most this much of a request body for the proxy and hands routes the cut
    // rest. The import takes a 10 MiB file plus its multipart envelope: MAX_BODY_BYTES in
    // lib/import/read-upload.ts (kept equal; a unit test checks it).
    proxyClientMaxBodySize: 10 * 1024 * 1024 + 64 * 1024,
  },
  // The schema engine's WASM and argon2's native binding must be loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
