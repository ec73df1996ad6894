// Formula injection (CSV injection): a cell starting with = + - @, a tab or a carriage return is
// run as a formula when the file is later opened in a spreadsheet program. lib/export neutralises
// such cells on the way OUT by prefixing a quote; on the way IN the issue asks us to refuse the
// file instead, naming the cell, so that the sender fixes the source rather than having data
// silently changed (a stored "'=1+1" is neither what they typed nor what they meant).
// See docs/decisions/0010-import-refuses-formulas.md.
const FORMULA_START = /^[=+\-@\t\r]/;

// A plain number such as -5, +3 or -0.25 is data, not a formula.
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const startsFormula = (value: string) => FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);

/** Checked as written AND as stored: the schemas trim, so " =1+1" would be saved as "=1+1". */
export function isFormulaInjection(value: string): boolean {
  return startsFormula(value) || startsFormula(value.trim());
}
