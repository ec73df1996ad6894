import fc from "fast-check";
import { expect } from "vitest";
import { runGuarded, type ActionResult, type GuardSpec } from "@/lib/auth/guard-core";
import type { ActionFixtures } from "./action-fixtures";
import { auditDelta, changedTables, takeFingerprint } from "./db-fingerprint";
import { hostileField, mutation, type Mutation } from "./hostile-fields";
import { pollutingKeys, wrongType } from "./hostile-values";
import { notSkipped } from "./run-fuzz";
import type { Target } from "./record-targets";
import type pg from "pg";

// One generated input for one server action, and what must hold of its outcome.

export const REQUEST = { ip: "198.51.100.23", userAgent: "fuzz" };

type AnySpec = GuardSpec<never, unknown>;

/** Inputs that are not an object at all, as a hand-made request could send. */
const notAnObject = fc
  .oneof(
    wrongType.filter((v) => Array.isArray(v) || typeof v !== "object"),
    fc.constant(null),
  )
  .map((value) => mutation("notAnObject", { _input: value }, true));

export function hostileInputs(target: Target) {
  const fields = Object.entries(target.fields).map(([f, kind]) => hostileField(f, kind));
  // The unchanged valid input too: it must be accepted, with exactly its writes.
  const baseline = target.baseline === false ? [] : [fc.constant(mutation("baseline", {}, false))];
  const mutations = fc
    .oneof(...fields, ...(target.extra?.() ?? []), notAnObject, ...baseline)
    .filter(notSkipped);
  return fc.record({ mutation: mutations, pollute: fc.option(pollutingKeys, { nil: undefined }) });
}

const PAYLOAD = { polluted: "yes", role: "ADMIN", nationalScope: true, isAdmin: true };

async function buildInput(fx: ActionFixtures, target: Target, m: Mutation, pollute?: string[]) {
  if ("_input" in m.patch) return m.patch._input;
  const patch = m.build ? await (m.build as (f: ActionFixtures) => Promise<object>)(fx) : m.patch;
  const input: Record<string, unknown> = { ...(await target.base(fx)), ...patch };
  // As JSON.parse makes them: own, enumerable keys named __proto__ and the like.
  for (const key of pollute ?? []) {
    Object.defineProperty(input, key, { value: { ...PAYLOAD }, enumerable: true });
  }
  return input;
}

function expectClearRefusal(result: Extract<ActionResult, { ok: false }>, m: Mutation) {
  // "unexpected" is the path of a 500: an error no one anticipated, logged with a reference.
  expect(result.code, `refused as ${result.code}: ${result.messageKey}`).not.toBe("unexpected");
  expect(result.messageKey).toMatch(/^[A-Za-z][\w.-]*$/);
  if (result.code === "invalid" && result.messageKey === "invalid") {
    const fields = Object.keys(result.fieldErrors ?? {});
    expect(fields.length, "an invalid input names its fields").toBeGreaterThan(0);
    if (m.mustRefuse && !("_input" in m.patch) && !m.build) {
      const named = fields.some((f) => Object.keys(m.patch).some((p) => f.split(".")[0] === p));
      expect(named, `field errors ${fields} name none of ${Object.keys(m.patch)}`).toBe(true);
    }
  }
}

export async function checkAction(
  pool: pg.Pool,
  fx: ActionFixtures,
  spec: AnySpec,
  target: Target,
  { mutation: m, pollute }: { mutation: Mutation; pollute?: string[] },
) {
  const input = await buildInput(fx, target, m, pollute);
  const before = await takeFingerprint(pool);
  const result = await runGuarded(spec, target.actor(fx), REQUEST, input);
  const after = await takeFingerprint(pool);
  expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
  if (m.category === "baseline") {
    expect(result, "the valid input the fuzz starts from is accepted").toMatchObject({ ok: true });
  }
  if (!result.ok) {
    expectClearRefusal(result, m);
    expect(changedTables(before, after), "a refusal wrote nothing").toEqual([]);
    return;
  }
  expect(m.mustRefuse, `accepted a hostile input (${m.category})`).toBe(false);
  const allowed = new Set([...target.writes, "audit_event"]);
  expect(changedTables(before, after).filter((t) => !allowed.has(t))).toEqual([]);
  expect(auditDelta(before, after), "one audit row per accepted input").toBe(target.audit ?? 1);
}
