import { parseArgs } from "node:util";

// The load benchmark's command line, parsed and checked before anything is created or started.
// Pure, so that a typo is refused in a unit test as it is on the command line.

export type TLoadOptions = {
  /** Victims added by the report benchmark's fill on top of the demo seed (0: the seed only). */
  victims: number;
  /** Seconds per autocannon run. */
  duration: number;
  /** The concurrencies every page is measured at. */
  connections: number[];
  /** Signed-in sessions the readers' connections are spread over. */
  sessions: number;
  /** Concurrent writers in the save mix, on `cases` shared cases, each posting `saves` edits. */
  writers: number;
  cases: number;
  saves: number;
  /** Sequential requests (and SQL runs) per list for the server-time-versus-SQL figure. */
  sequential: number;
  port: number;
  keep: boolean;
  json: string | null;
};

/** A bad command line: printed as it is, with exit code 2. */
export class LoadOptionsError extends Error {}

function integer(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new LoadOptionsError(
      `--${name}: a whole number from ${min} to ${max.toLocaleString("en")}`,
    );
  }
  return n;
}

export function parseLoadOptions(args: string[]): TLoadOptions {
  try {
    return checkOptions(args);
  } catch (err) {
    // parseArgs's own refusals (an unknown option, a missing value) are the user's too.
    if ((err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      throw new LoadOptionsError((err as Error).message);
    }
    throw err;
  }
}

function checkOptions(args: string[]): TLoadOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      victims: { type: "string", default: "0" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10,50" },
      sessions: { type: "string", default: "50" },
      writers: { type: "string", default: "50" },
      cases: { type: "string", default: "10" },
      saves: { type: "string", default: "10" },
      sequential: { type: "string", default: "30" },
      port: { type: "string", default: "3390" },
      keep: { type: "boolean", default: false },
      json: { type: "string" },
    },
  });
  const connections = values.connections.split(",").map((c) => integer("connections", c, 1, 1000));
  // The fill spreads N victims over 20 years: fewer than 100 make an empty year.
  const victims = integer("victims", values.victims, 0, 10_000_000);
  if (victims > 0 && victims < 100)
    throw new LoadOptionsError("--victims: 0 (the seed only) or at least 100");
  return {
    victims,
    duration: integer("duration", values.duration, 1, 600),
    connections: [...new Set(connections)],
    sessions: integer("sessions", values.sessions, 1, 500),
    writers: integer("writers", values.writers, 1, 500),
    cases: integer("cases", values.cases, 1, 100),
    saves: integer("saves", values.saves, 1, 1000),
    sequential: integer("sequential", values.sequential, 3, 1000),
    port: integer("port", values.port, 1024, 65535),
    keep: values.keep,
    json: values.json ?? null,
  };
}
