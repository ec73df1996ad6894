// The public variant's small-cell threshold k (decision 0014): a count below k is never published.
// The default, and the range a manager may choose from, are the report's stated rules.

export const K_DEFAULT = 11;
export const K_MIN = 3;
export const K_MAX = 50;

// The CTDC record-level export's k (decision 0030): CTDC releases its global dataset at k = 11.
// k = 1 would hold for any file, so 2 is the least; above a thousand no year's file would keep a row.
export const CTDC_K_DEFAULT = 11;
export const CTDC_K_MIN = 2;
export const CTDC_K_MAX = 1000;
