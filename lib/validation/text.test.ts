import { describe, expect, it } from "vitest";
import { parseRecordFilters } from "@/lib/filters/record-filters";
import { parseAuditFilters, ZAuditFilters } from "./audit";
import { ZSignIn } from "./auth";
import { ZCreateCase } from "./case";
import { ZOptionalText, ZRequiredText } from "./common";
import { ZPublishReport } from "./report-publish";
import { hasControlCharacters, showRefusedText } from "./text";
import { ZCreateUser } from "./users";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.message);

describe("control characters", () => {
  it("are refused in single-line text: C0, DEL, C1 and lone surrogates", () => {
    for (const bad of [
      "a\u0000b",
      "\t",
      "a\nb",
      "\r",
      "\u001b[31m",
      "\u007f",
      "\u0085",
      "\ud800",
    ]) {
      expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const good of ["Sok Dara", "សុខ ដារា", "O'Brien", "emoji 😀", "\u00a0nbsp"]) {
      expect(hasControlCharacters(good), good).toBe(false);
    }
  });

  it("allow TAB, LF and CR in multi-line text, and nothing else", () => {
    expect(hasControlCharacters("line 1\r\nline 2\tend", { multiline: true })).toBe(false);
    expect(hasControlCharacters("a\u0000b", { multiline: true })).toBe(true);
    expect(hasControlCharacters("\udc00", { multiline: true })).toBe(true);
  });

  it("give one message, controlCharacters, from the record text builders", () => {
    expect(messages(ZRequiredText(5).safeParse("a\u0000 much too long"))).toEqual([
      "controlCharacters",
    ]);
    expect(messages(ZOptionalText().safeParse("x\u0000"))).toEqual(["controlCharacters"]);
    expect(ZOptionalText(50, { multiline: true }).safeParse("a\nb").success).toBe(true);
  });

  it("are refused in a case's summary, but its line breaks are kept", () => {
    const kase = { offenceType: "OTHER", provinceId: "12", leadAgency: "x", status: "OPEN" };
    const ok = ZCreateCase.safeParse({ ...kase, summary: "first\r\nsecond" });
    expect(ok.success && ok.data.summary).toBe("first\r\nsecond");
    expect(messages(ZCreateCase.safeParse({ ...kase, summary: "a\u0000" }))).toEqual([
      "controlCharacters",
    ]);
    expect(messages(ZCreateCase.safeParse({ ...kase, leadAgency: "Police\u0000" }))).toEqual([
      "controlCharacters",
    ]);
  });

  it("are refused in the sign-in email, user names and the publish note", () => {
    expect(messages(ZSignIn.safeParse({ email: "a\u0000@b.org", password: "x" }))).toEqual([
      "controlCharacters",
    ]);
    const user = { email: "new@example.org", role: "ADMIN", name: "New\u0000", agencyId: "1" };
    expect(messages(ZCreateUser.safeParse(user))).toEqual(["controlCharacters"]);
    expect(messages(ZPublishReport.safeParse({ year: "2017", note: "\u0000" }))).toEqual([
      "controlCharacters",
    ]);
  });

  it("in the audit filters are refused one by one, the others still applying", () => {
    for (const name of ["actor", "action", "entityType", "entityId"] as const) {
      expect(ZAuditFilters.safeParse({ [name]: "x\u0000" }).success, name).toBe(false);
    }
    const { filters, errors } = parseAuditFilters({
      actor: "%\u0000",
      action: "user.",
      entityType: "user",
      from: "31/12/2023",
      to: "2017-02-30",
      cursor: "99999999999999999999",
    });
    expect(errors).toEqual({
      actor: "controlCharacters",
      action: "choose",
      from: "date",
      to: "date",
      cursor: "cursor",
    });
    expect(filters).toEqual({ entityType: "user" });
  });

  it("in a list's search are refused beside the field, and the search not applied", () => {
    const { filters, errors } = parseRecordFilters("victims", { q: "\u0000", year: "2017" });
    expect(errors).toEqual({ q: "controlCharacters" });
    expect(filters).toEqual({ year: 2017 });
  });
});

describe("showRefusedText", () => {
  it("shows each control character as U+FFFD, so none is written back into the page", () => {
    expect(showRefusedText("ab\u0000c\u001b[31m\u0085")).toBe("ab\uFFFDc\uFFFD[31m\uFFFD");
    expect(showRefusedText("ស\u17D2រី Sok")).toBe("ស\u17D2រី Sok");
  });
});
