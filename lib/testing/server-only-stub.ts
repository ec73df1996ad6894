// Stands in for the "server-only" marker in Vitest, which does not run as a React Server Component.
export {};
