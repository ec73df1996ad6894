import pino, { type DestinationStream, type Logger } from "pino";
import { currentRequestContext } from "./request-context";

// One JSON line per event, on stderr, for a log collector to read (stdout is the commands' own
// output: `npm run report` prints its JSON there): never a victim's name, a user's name or email,
// or a query's parameter values. LOG_LEVEL sets the level (default info).
// Under Vitest, errors go to console.error instead, so that lib/testing/fail-on-console-error.ts
// still fails a test that logs an unexpected error, and nothing else is written.

const KEY = Symbol.for("ctip.logger");
const globalLogger = globalThis as unknown as { [KEY]?: Logger };

/** pino's numeric level for "error". */
const ERROR_LEVEL = 50;

/** Under Vitest: error lines to console.error (where the test guard sees them), the rest dropped. */
export const testDestination: DestinationStream = {
  write(line: string) {
    const { level } = JSON.parse(line) as { level: number };
    if (level >= ERROR_LEVEL) console.error(line.trimEnd());
  },
};

/** A logger writing to `destination` (stderr unless given); every line carries the current
 * request's id and user id, when there is a request. */
export function createLogger(destination?: DestinationStream, level = "info"): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label, number) => ({ level: number, levelName: label }) },
      mixin() {
        const context = currentRequestContext();
        return context ? { requestId: context.requestId, userId: context.userId } : {};
      },
    },
    destination ?? pino.destination({ dest: 2, sync: false }),
  );
}

/** The process's logger, created on first use. */
export function logger(): Logger {
  globalLogger[KEY] ??= process.env.VITEST
    ? createLogger(testDestination, "info")
    : createLogger(undefined, process.env.LOG_LEVEL || "info");
  return globalLogger[KEY];
}
