// The public variant's small-cell threshold k (decision 0014): a count below k is never published.
// The default, and the range a manager may choose from, are the report's stated rules.

export const K_DEFAULT = 11;
export const K_MIN = 3;
export const K_MAX = 50;
