import type { DestinationStream } from "pino";

/** A pino destination that keeps its lines, parsed, for a test to read. */
export function createMemoryLog(): DestinationStream & { lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return {
    lines,
    write(line: string) {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
}
