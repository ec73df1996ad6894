"use client";

import { useTranslations } from "next-intl";
import { useNumerals } from "@/components/ui/numerals";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ImportIssue } from "@/lib/import/map-rows";
import { countedValues, formatNumber, withNumerals } from "@/lib/i18n/numerals";
import { fieldErrorMessage } from "@/lib/validation/error-map";

/** The error report: one line per problem, by row and column as the file has them. */
export function IssueTable({ issues, more }: { issues: ImportIssue[]; more: number }) {
  const t = useTranslations("import.issues");
  const tRoot = useTranslations();
  const numerals = useNumerals();
  // Schema messages are `validation` keys; the import's own ones carry their full path. A key
  // in neither (a stream from an older server) reads as "not valid", never as the key.
  const message = (issue: ImportIssue) => {
    const { key, values } = fieldErrorMessage({ key: issue.message, values: issue.values ?? {} });
    return tRoot.has(key)
      ? tRoot(key, countedValues(values, numerals))
      : tRoot("validation.invalid");
  };
  return (
    <>
      <Table label={t("caption")}>
        <TableCaption>{t("caption")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("row")}</TableHead>
            <TableHead scope="col">{t("column")}</TableHead>
            <TableHead scope="col">{t("message")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {issues.map((issue, i) => (
            <TableRow key={`${issue.row}-${issue.column}-${i}`}>
              {/* The spreadsheet's row number, ungrouped as the spreadsheet writes it. */}
              <TableCell>{withNumerals(String(issue.row), numerals)}</TableCell>
              <TableCell>{issue.column}</TableCell>
              <TableCell>{message(issue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("more", { count: formatNumber(more, numerals) })}
        </p>
      ) : null}
    </>
  );
}
