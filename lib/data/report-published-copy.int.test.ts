import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import {
  db,
  nationalManager,
  request,
  seedYear,
  snapshotsOf,
} from "@/lib/testing/report-publishing";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";
import { makeUser } from "@/lib/testing/users";
import { buildReport } from "@/lib/reports/build-report";
import { respondWithPublishedCopy } from "./report-published-copy";
import { publishReport } from "./report-publishing";

// Published revisions downloaded through the route's handler (the route adds only the guard,
// whose 401/403 for signed-out users and roles is its own): the JSON is the stored document byte
// for byte, the other formats are rebuilt from it, and every download is an audited export.

afterAll(() => db.$disconnect());

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

function download(user: ActingUser, year: number | string, revision: string, query = "") {
  return respondWithPublishedCopy(
    user,
    { year: String(year), revision },
    new URLSearchParams(query),
    request,
  );
}

/** A year with a published revision 1, and the manager who published it. */
async function publishedYear() {
  const year = await uniquePublishableYear();
  const seeded = await seedYear(year);
  const manager = await nationalManager();
  await publishReport(manager, { year }, request);
  const [snapshot] = await snapshotsOf(year);
  return { year, manager, seeded, snapshot: snapshot! };
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe("downloading a published revision", () => {
  it("serves the stored JSON byte for byte: its SHA-256 is the published one, in the headers too", async () => {
    const { year, manager, snapshot } = await publishedYear();
    const response = await download(manager, year, "1", "format=json");
    expect(response.status).toBe(200);
    const bytes = await bytesOf(response);
    expect(sha256(bytes)).toBe(snapshot.sha256);
    const anchor = `${snapshot.auditHeadId}:${snapshot.auditHeadHash}`;
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="ctip-report-${year}-r1-${snapshot.sha256.slice(0, 12)}.json"`,
      "x-report-revision": "1",
      "x-report-sha256": snapshot.sha256,
      "x-content-sha256": snapshot.sha256,
      "x-audit-anchor": anchor,
    });
    // The document as published, parsed back: what the database stores.
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(snapshot.document);

    const events = await db.auditEvent.findMany({
      where: { action: "report.exported", actorId: manager.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.changes).toMatchObject({
      year,
      format: "json",
      revision: 1,
      documentSha256: snapshot.sha256,
      sha256: snapshot.sha256,
      bytes: bytes.byteLength,
    });
  });

  it("rebuilds the CSV from the stored document: a live change after publishing leaves it unchanged", async () => {
    const { year, manager, seeded, snapshot } = await publishedYear();
    const before = await bytesOf(await download(manager, year, "1", "format=csv&lang=en"));
    // One of the year's two cases moves to the next year: the live report now counts one.
    await db.case.update({
      where: { id: seeded.movable.id },
      data: { crackedDownAt: new Date(`${year + 1}-02-01T10:00:00+07:00`) },
    });
    expect((await buildReport(manager, year)).cases.total).toBe(1);
    const response = await download(manager, year, "1", "format=csv&lang=en");
    expect(response.headers.get("content-disposition")).toContain(
      `ctip-report-${year}-r1-${snapshot.sha256.slice(0, 12)}-en.csv`,
    );
    const after = await bytesOf(response);
    expect(sha256(after)).toBe(sha256(before));
    expect(response.headers.get("x-content-sha256")).toBe(sha256(after));
    const text = new TextDecoder().decode(after).replace(/^\uFEFF/, "");
    const rows = Papa.parse<string[]>(text.trim()).data;
    const anchor = `${snapshot.auditHeadId}:${snapshot.auditHeadHash}`;
    expect(rows.slice(1, 5).map((r) => r.slice(0, 3))).toEqual([
      ["published", "revision", "1"],
      ["published", "publishedAt", snapshot.publishedAt.toISOString()],
      ["published", "sha256", snapshot.sha256],
      ["published", "auditAnchor", anchor],
    ]);
    // The published count (2), not the live one (1).
    expect(rows.find((r) => r[0] === "cases" && r[1] === "total")?.[4]).toBe("2");
  });

  it("names the revision, SHA-256 and anchor in the XLSX's About sheet and on the PDF", async () => {
    const { year, manager, snapshot } = await publishedYear();
    const xlsx = await download(manager, year, "1", "format=xlsx&lang=km");
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsx)).buffer as ArrayBuffer);
    const about = workbook.worksheets[0]!.getSheetValues().flat().join(" ");
    expect(about).toContain(snapshot.sha256);
    expect(about).toContain(`${snapshot.auditHeadId}:${snapshot.auditHeadHash}`);

    const pdf = await download(manager, year, "1", "format=pdf&lang=en");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const dir = await mkdtemp(path.join(tmpdir(), "ctip-copy-"));
    const file = path.join(dir, "copy.pdf");
    await writeFile(file, await bytesOf(pdf));
    const { stdout } = await promisify(execFile)("pdftotext", ["-f", "1", "-l", "1", file, "-"]);
    expect(stdout.replace(/\s+/g, "")).toContain(snapshot.sha256);
    expect(stdout).toContain(`Revision 1 of the ${year} report`);
  });

  it("answers 404 for a revision never published, 400 for bad options, and writes nothing", async () => {
    const { year, manager } = await publishedYear();
    expect((await download(manager, year, "2")).status).toBe(404);
    for (const [y, r, q] of [
      [year, "0", ""],
      [year, "01", ""],
      [year, "abc", ""],
      [year, "99999", ""],
      ["17", "1", ""],
      [year, "1", "format=xml"],
      [year, "1", "format=csv&lang=fr"],
    ] as const) {
      const response = await download(manager, y, r, q);
      expect(response.status, `${y}/${r}?${q}`).toBe(400);
    }
    expect(
      await db.auditEvent.count({ where: { action: "report.exported", actorId: manager.id } }),
    ).toBe(0);
  });

  it("refuses a province-scoped manager (published reports are national) and staff (no export)", async () => {
    const { year } = await publishedYear();
    const scoped = await makeUser(db, "MANAGER", { nationalScope: false, provinceIds: [12] });
    const staff = await makeUser(db, "STAFF", { nationalScope: true });
    const auditor = await makeUser(db, "AUDITOR", { nationalScope: true });
    expect((await download(scoped, year, "1")).status).toBe(403);
    expect((await download(staff, year, "1")).status).toBe(403);
    expect((await download(auditor, year, "1")).status).toBe(200);
    const refused = await db.auditEvent.count({
      where: { action: "report.exported", actorId: { in: [scoped.id, staff.id] } },
    });
    expect(refused).toBe(0);
  });
});
