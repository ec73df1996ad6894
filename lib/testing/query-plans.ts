import pg from "pg";

// What the record lists ask PostgreSQL, and how it plans it: for the test that each list's page
// is read in an index's order (lib/filters/list-indexes.int.test.ts) and the list-plans script.
// The SQL is caught at the pg driver, under Prisma, so the test explains the queries the app
// really sends (Prisma's own for cases and suspects) rather than copies of them.

export type CapturedQuery = { text: string; values: unknown[] };

type QueryConfig = { text: string; values?: unknown[] };

/** The queries `run` sends through any pg client of this process, in order. */
export async function captureQueries(run: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === "string") {
      captured.push({ text: first, values: Array.isArray(second) ? second : [] });
    } else if (first && typeof (first as QueryConfig).text === "string") {
      const config = first as QueryConfig;
      captured.push({ text: config.text, values: config.values ?? [] });
    }
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.query = original;
  }
  return captured;
}

/** The list's page query (it has a LIMIT) and its count, among the captured queries. */
export function listQueries(queries: CapturedQuery[], table: string) {
  const from = new RegExp(`FROM\\s+(?:"public"\\.)?"?${table}"?(?:\\s|$)`, "i");
  const reads = queries.filter((q) => /^\s*SELECT/i.test(q.text) && from.test(q.text));
  const page = reads.find((q) => /\bORDER BY\b/i.test(q.text) && /\bLIMIT\b/i.test(q.text));
  const count = reads.find((q) => /\bcount\s*\(/i.test(q.text) && !/\bORDER BY\b/i.test(q.text));
  if (!page || !count) {
    throw new Error(
      `No page and count query on ${table} among:\n${reads.map((q) => q.text).join("\n")}`,
    );
  }
  return { page, count };
}

export type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
};

/** Every node of a plan, depth first. */
export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

/** The plan of `query`, with `settings` (e.g. enable_sort) set for that one transaction. */
export async function explainQuery(
  client: pg.ClientBase,
  query: CapturedQuery,
  settings: Record<string, string> = {},
  analyze = false,
): Promise<{ json: PlanNode; text: string }> {
  await client.query("BEGIN");
  try {
    for (const [name, value] of Object.entries(settings)) {
      await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
    }
    const options = analyze ? "ANALYZE, " : "";
    const json = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (${options}FORMAT JSON) ${query.text}`,
      query.values,
    );
    const text = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (${options}COSTS OFF) ${query.text}`,
      query.values,
    );
    return {
      json: json.rows[0]!["QUERY PLAN"][0].Plan,
      text: text.rows.map((r) => r["QUERY PLAN"]).join("\n"),
    };
  } finally {
    await client.query("ROLLBACK");
  }
}
