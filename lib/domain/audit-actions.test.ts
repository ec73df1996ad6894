import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import {
  AUDIT_ACTIONS,
  AUDIT_ACTIONS_BY_ENTITY,
  AUDIT_ENTITY_TYPES,
  isAuditAction,
  isAuditEntityType,
} from "./audit-actions";

type Messages = { [key: string]: string | Messages };
const lookup = (messages: Messages, key: string) =>
  key.split(".").reduce<unknown>((m, part) => (m as Messages | undefined)?.[part], messages);

describe("the audit action catalogue", () => {
  it.each(["en", "km"] as const)("labels every action and entity type in %s", (lang) => {
    const audit = (lang === "en" ? en : km).audit as Messages;
    const unlabelled = [
      ...AUDIT_ACTIONS.filter((a) => typeof lookup(audit, `actionLabels.${a}`) !== "string"),
      ...AUDIT_ENTITY_TYPES.filter((e) => typeof lookup(audit, `entityLabels.${e}`) !== "string"),
    ];
    expect(unlabelled).toEqual([]);
  });

  it("labels nothing that is not an action (a renamed action leaves no stale label)", () => {
    const labels = (en.audit as Messages).actionLabels as Messages;
    const labelled = Object.entries(labels).flatMap(([entity, actions]) =>
      Object.keys(actions as Messages).map((a) => `${entity}.${a}`),
    );
    expect(labelled.filter((a) => !isAuditAction(a))).toEqual([]);
  });

  it("lists each action once, under the entity type its events name", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const entity of AUDIT_ENTITY_TYPES) {
      for (const action of AUDIT_ACTIONS_BY_ENTITY[entity]) {
        const prefix = entity === "audit_event" ? "audit" : entity;
        expect(action.startsWith(`${prefix}.`), action).toBe(true);
      }
    }
    expect(isAuditAction("user.signed_in")).toBe(true);
    expect(isAuditAction("user.")).toBe(false);
    expect(isAuditEntityType("victim")).toBe(true);
    expect(isAuditEntityType("Victim")).toBe(false);
  });
});
