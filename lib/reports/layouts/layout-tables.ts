import { GLOTIP_STAGES, TIP_FIGURES, type TLayoutCell, type TLayoutDocument } from "./types";
import type { TLayoutTranslators } from "./layout-view";

// A layout document's tables as labelled rows: a stable code (the document's values joined by
// "|"), a label in the file's language, the count (null when suppressed) and its status.

export type TLayoutStatus = "" | "suppressed" | "withheld";

export type TLayoutViewRow = {
  key: string;
  label: string;
  count: number | null;
  status: TLayoutStatus;
  /** TIP only: the figure as the TIP report writes it, "12 (3 labour)". */
  text?: string;
};

export type TLayoutViewTable = { id: string; title: string; rows: TLayoutViewRow[] };

export function layoutTables(doc: TLayoutDocument, tr: TLayoutTranslators): TLayoutViewTable[] {
  const { t, enums } = tr;
  const withheld = new Set(doc.public?.withheld ?? []);
  const status = (id: string, c: TLayoutCell): TLayoutStatus =>
    c.count !== null ? "" : withheld.has(id) ? "withheld" : "suppressed";
  const row = (id: string, key: string, label: string, c: TLayoutCell): TLayoutViewRow => ({
    key,
    label,
    count: c.count,
    status: status(id, c),
  });

  if (doc.layout === "tip") {
    return [
      {
        id: "tip",
        title: t("tables.tip"),
        rows: TIP_FIGURES.flatMap((f) => {
          const { total, labour } = doc[f];
          const figure = t(`figures.${f}`);
          const shown = (c: TLayoutCell) =>
            c.count === null ? t("suppressedMark") : tr.num(c.count);
          return [
            {
              ...row(f, f, figure, total),
              text: t("figures.tipText", { total: shown(total), labour: shown(labour) }),
            },
            row(`${f}.labour`, `${f}.labour`, t("figures.labour", { figure }), labour),
          ];
        }),
      },
    ];
  }

  const sex = (s: string) => enums(`Sex.${s}` as "Sex.FEMALE");
  const age = (a: string) => t(`ageGroups.${a}` as "ageGroups.child");
  const form = (f: string) => t(`forms.${f}` as "forms.sexual");
  const citizenship = (c: string) => t(`citizenship.${c}` as "citizenship.national");
  const sep = ", ";
  const titled = (table: string, part: string) =>
    t("tables.titled", { table, part: t(`tables.${part}` as "tables.bySex") });
  const total = (c: TLayoutCell, id: string) => row(id, "total", t("total"), c);

  const v = doc.victims;
  const victims = t("tables.victims");
  const foreign = v.byCitizenship.find((c) => c.citizenship === "foreign")!;
  const tables: TLayoutViewTable[] = [
    {
      id: "victims.bySex",
      title: titled(victims, "bySex"),
      rows: [
        total(v.total, "victims"),
        ...v.bySex.map((c) => row("victims.bySex", c.sex, sex(c.sex), c)),
      ],
    },
    {
      id: "victims.byAgeGroup",
      title: titled(victims, "byAgeGroup"),
      rows: [
        total(v.total, "victims"),
        ...v.byAgeGroup.map((c) => row("victims.byAgeGroup", c.ageGroup, age(c.ageGroup), c)),
      ],
    },
    {
      id: "victims.byForm",
      title: titled(victims, "byForm"),
      rows: [
        total(v.total, "victims"),
        ...v.byForm.map((c) => row("victims.byForm", c.form, form(c.form), c)),
      ],
    },
    {
      id: "victims.byCitizenship",
      title: titled(victims, "byCitizenship"),
      rows: [
        total(v.total, "victims"),
        ...v.byCitizenship.map((c) =>
          row("victims.byCitizenship", c.citizenship, citizenship(c.citizenship), c),
        ),
      ],
    },
    {
      id: "victims.foreignByCountry",
      title: titled(victims, "foreignByCountry"),
      rows: [
        total(foreign, "victims.byCitizenship"),
        ...v.foreignByCountry.map((c) =>
          row("victims.foreignByCountry", c.country, tr.country(c.country), c),
        ),
      ],
    },
    {
      id: "victims.cells",
      title: titled(victims, "cells"),
      rows: v.cells.map((c) =>
        row(
          "victims.cells",
          [c.sex, c.ageGroup, c.form, c.citizenship].join("|"),
          [sex(c.sex), age(c.ageGroup), form(c.form), citizenship(c.citizenship)].join(sep),
          c,
        ),
      ),
    },
  ];
  for (const stage of GLOTIP_STAGES) {
    const p = doc.persons[stage];
    const name = t(`tables.${stage}`);
    const id = `persons.${stage}`;
    tables.push(
      {
        id: `${id}.bySex`,
        title: titled(name, "bySex"),
        rows: [total(p.total, id), ...p.bySex.map((c) => row(`${id}.bySex`, c.sex, sex(c.sex), c))],
      },
      {
        id: `${id}.byCitizenship`,
        title: titled(name, "byCitizenship"),
        rows: [
          total(p.total, id),
          ...p.byCitizenship.map((c) =>
            row(`${id}.byCitizenship`, c.citizenship, citizenship(c.citizenship), c),
          ),
        ],
      },
      {
        id: `${id}.cells`,
        title: titled(name, "personCells"),
        rows: p.cells.map((c) =>
          row(
            `${id}.cells`,
            `${c.sex}|${c.citizenship}`,
            [sex(c.sex), citizenship(c.citizenship)].join(sep),
            c,
          ),
        ),
      },
    );
  }
  return tables;
}
