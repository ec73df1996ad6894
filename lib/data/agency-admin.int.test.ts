import { afterAll, describe, expect, it } from "vitest";
import { createAgencySpec, updateAgencySpec } from "@/lib/actions/definitions/agencies";
import { createUserSpec, updateUserAccessSpec } from "@/lib/actions/definitions/user-admin";
import { runGuarded } from "@/lib/auth/guard-core";
import { courtAgencyId, makeProvider } from "@/lib/testing/authorization-agencies";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { findAgencies } from "./agencies";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: null, userAgent: "vitest" };

const newUser = (agencyId: number, scope: Record<string, unknown>) => ({
  email: `agency-${uniqueKey()}@test.invalid`,
  name: "Agency Person",
  role: "STAFF",
  agencyId: String(agencyId),
  ...scope,
});

describe("agency administration", () => {
  it("creates and edits an agency at the version shown, each change audited", async () => {
    const admin = await makeUser(db, "ADMIN");
    const code = `NGO-A${uniqueKey()}`;
    const form = {
      code: code.toLowerCase(),
      kind: "NGO",
      nameEn: "Test shelter",
      nameKm: "ជម្រកសាកល្បង",
      provinceId: "12",
      services: ["SHELTER", "LEGAL"],
      active: "on",
    };
    const created = await runGuarded(createAgencySpec, admin, request, form);
    expect(created).toMatchObject({ ok: true });
    const { id } = (created as { data: { id: number } }).data;
    expect(await db.agency.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code,
      provinceId: 12,
      services: ["SHELTER", "LEGAL"],
      active: true,
    });
    const edit = { ...form, id: String(id), version: "1", active: "" };
    expect(await runGuarded(updateAgencySpec, admin, request, edit)).toMatchObject({ ok: true });
    const stale = await runGuarded(updateAgencySpec, admin, request, { ...edit, nameEn: "Late" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", messageKey: "agencyChanged" });
    const events = await db.auditEvent.findMany({
      where: { entityType: "agency", entityId: String(id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["agency.created", "agency.updated"]);
    const listed = (await findAgencies(admin)).find((a) => a.id === id);
    expect(listed).toMatchObject({ active: false, userCount: 0 });
  });

  it("refuses a code already taken, beside the field", async () => {
    const admin = await makeUser(db, "ADMIN");
    const result = await runGuarded(createAgencySpec, admin, request, {
      code: "MFA",
      kind: "NGO",
      nameEn: "Copy",
      nameKm: "ចម្លង",
      services: [],
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { code: ["agencyCodeTaken"] } });
  });
});

describe("a user's agency", () => {
  it("must be active for a new account", async () => {
    const admin = await makeUser(db, "ADMIN");
    const inactive = await makeProvider(db);
    await db.agency.update({ where: { id: inactive }, data: { active: false } });
    const before = await db.user.count();
    const result = await runGuarded(
      createUserSpec,
      admin,
      request,
      newUser(inactive, { nationalScope: "on" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { agencyId: ["agencyInactive"] } });
    expect(await db.user.count()).toBe(before);
  });

  it("keeps a provincial agency's staff within its province", async () => {
    const admin = await makeUser(db, "ADMIN");
    const court = await courtAgencyId(db); // Phnom Penh's court, province 12
    const outside = await runGuarded(
      createUserSpec,
      admin,
      request,
      newUser(court, { provinceIds: ["12", "17"] }),
    );
    expect(outside).toMatchObject({ ok: false, fieldErrors: { provinceIds: ["agencyProvince"] } });
    const national = await runGuarded(
      createUserSpec,
      admin,
      request,
      newUser(court, { nationalScope: "on" }),
    );
    expect(national).toMatchObject({ ok: false, fieldErrors: { provinceIds: ["agencyProvince"] } });
    const inside = await runGuarded(
      createUserSpec,
      admin,
      request,
      newUser(court, { provinceIds: ["12"] }),
    );
    expect(inside).toMatchObject({ ok: true });
    const { id } = (inside as { data: { id: string } }).data;
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ agencyId: court });
  });

  it("changes with the account's access, audited", async () => {
    const admin = await makeUser(db, "ADMIN");
    const target = await makeUser(db, "STAFF", { provinceIds: [12] });
    const result = await runGuarded(updateUserAccessSpec, admin, request, {
      id: target.id,
      version: "1",
      name: target.name,
      role: "STAFF",
      nationalScope: "on",
      agencyId: "2",
    });
    expect(result).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: target.id, action: "user.access_changed" },
    });
    expect((event.changes as { fields: Record<string, unknown> }).fields).toHaveProperty(
      "agencyId",
    );
  });
});
