import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { layerZones } from "./lib/layers.mjs";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      ".data/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "no-console": "off",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      // README: `@prisma/dev` (the CLI's `prisma dev` server) needs Node 22; nothing here loads it.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@prisma/dev",
                "@prisma/dev/*",
                "@prisma/streams-local",
                "@prisma/streams-local/*",
              ],
              message: "prisma dev's local server needs Node 22; the project runs on Node 20.19.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Type-aware rules where they pay: a promise nobody awaits loses its error, one handed to an
    // event handler or a void slot fails silently, and a switch on a union must name every case.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // One-way layers: see lib/layers.mjs. Tests may reach across them.
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones() }],
    },
  },
];

export default config;
