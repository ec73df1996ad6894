import pg from "pg";

// The SQL a list really sends, caught on its way to PostgreSQL: while `captureQueries` runs its
// function, every statement any pg client in this process sends is recorded, with the "wave" it
// belongs to (statements sent together, before any of them answered, as keysetPage sends the page
// and the count). `replayQueries` sends the same statements again, directly, wave by wave, each
// statement of a wave on a connection of its own: the floor under the list, with no Prisma, no
// React and no HTTP in it, and the same query plans, since it is the same SQL with the same values.

export type TCaptured = { text: string; values: unknown[]; wave: number };

type QueryConfig = { text?: string; values?: unknown[] };
type AnyQuery = (this: pg.Client, ...args: unknown[]) => unknown;

export async function captureQueries(run: () => Promise<unknown>): Promise<TCaptured[]> {
  const proto = pg.Client.prototype as unknown as { query: AnyQuery };
  const original = proto.query;
  const captured: TCaptured[] = [];
  let inFlight = 0;
  let wave = -1;
  let waveOpen = false;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === "string" ? config : (config as QueryConfig | undefined)?.text;
    if (typeof text !== "string") return original.apply(this, args);
    const values =
      (typeof config === "string" ? (args[1] as unknown[] | undefined) : undefined) ??
      (config as QueryConfig).values ??
      [];
    if (!waveOpen) {
      wave++;
      waveOpen = true;
    }
    captured.push({ text, values, wave });
    inFlight++;
    const settle = () => {
      if (--inFlight === 0) waveOpen = false;
    };
    const result = original.apply(this, args);
    if (result instanceof Promise) result.then(settle, settle);
    else settle();
    return result;
  };
  try {
    await run();
  } finally {
    proto.query = original;
  }
  return captured;
}

/** Sends the captured statements again, wave after wave, a wave's statements at once. */
export async function replayQueries(clients: readonly pg.Client[], queries: readonly TCaptured[]) {
  const waves = [...new Set(queries.map((q) => q.wave))].sort((a, b) => a - b);
  for (const wave of waves) {
    const mine = queries.filter((q) => q.wave === wave);
    if (mine.length > clients.length) {
      throw new Error(`a wave of ${mine.length} statements needs as many connections`);
    }
    await Promise.all(mine.map((q, i) => clients[i]!.query(q.text, q.values)));
  }
}
