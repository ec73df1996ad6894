// The layers, top to bottom: a file may import from its own layer and the layers below it, never
// from one above (ARCHITECTURE.md, "Layers"). eslint.config.mjs turns this list into
// import/no-restricted-paths zones; lib/layers.test.ts checks every folder has a place.
// Tests may import anything; the tools (cli, bench, testing, embedded-db) serve scripts and tests
// and no application layer imports them, except the embedded database, which the scripts start.

/** Application layers, top first. Each entry is a list of folders or files of one layer. */
export const LAYERS = [
  ["app"],
  ["components"],
  ["lib/actions"],
  ["lib/import"],
  ["lib/data"],
  ["lib/reports"],
  ["lib/filters"],
  ["lib/export"],
  ["lib/auth"],
  ["lib/audit"],
  ["lib/server"],
  ["lib/validation"],
  ["lib/i18n"],
  ["lib/domain"],
  [
    "lib/db.ts",
    "lib/db-client.ts",
    "lib/db-pool.ts",
    "lib/observability",
    "lib/errors.ts",
    "lib/limiter.ts",
    "lib/utils.ts",
    "lib/chromium.ts",
    "lib/generated",
  ],
];

/** Tools, each with what it may not import (besides the rule that no application layer imports
 * a tool). */
export const TOOLS = {
  "lib/testing": [],
  "lib/bench": [],
  "lib/cli": ["lib/testing", "lib/bench"],
  "lib/embedded-db": ["lib/testing", "lib/bench", "lib/cli"],
};

/** import/no-restricted-paths zones for the lists above. */
export function layerZones() {
  const zones = [];
  LAYERS.forEach((layer, i) => {
    const above = LAYERS.slice(0, i).flat();
    const tools = Object.keys(TOOLS);
    for (const target of layer) {
      zones.push({
        target: `./${target}`,
        from: [...above, ...tools].map((f) => `./${f}`),
        message: `${target} is below these in the layer order (lib/layers.mjs): import downwards only.`,
      });
    }
  });
  for (const [tool, forbidden] of Object.entries(TOOLS)) {
    if (forbidden.length === 0) continue;
    zones.push({
      target: `./${tool}`,
      from: forbidden.map((f) => `./${f}`),
      message: `${tool} may not import this tool (lib/layers.mjs).`,
    });
  }
  return zones;
}
