// `npx tsx lib/bench/heap-diff.ts before.heapsnapshot [after.heapsnapshot] [top]`: what grew
// between two V8 heap snapshots (node --heapsnapshot-signal=SIGUSR2, or DevTools), by constructor
// name: object count and self size, before, after and the difference, largest growth first.
// With one snapshot, what it holds, largest first.
// Self sizes, not retained ones: retained sizes need a dominator tree, and the growth of a cache
// shows as well in the count and size of the objects it keeps.
import { readFileSync } from "node:fs";

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};

export type HeapSummary = Map<string, { count: number; size: number }>;

/** Count and self size of the snapshot's objects, grouped by constructor (or kind) name. */
export function summariseHeap(snapshot: Snapshot): HeapSummary {
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const types = snapshot.snapshot.meta.node_types[0];
  const summary: HeapSummary = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    // Objects by constructor; strings, code, arrays and the rest by kind.
    const name = type === "object" ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`;
    const entry = summary.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snapshot.nodes[i + sizeAt]!;
    summary.set(name, entry);
  }
  return summary;
}

export function diffHeaps(before: HeapSummary, after: HeapSummary) {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .map((name) => {
      const a = before.get(name) ?? { count: 0, size: 0 };
      const b = after.get(name) ?? { count: 0, size: 0 };
      return { name, count: b.count - a.count, size: b.size - a.size, after: b };
    })
    .sort((x, y) => y.size - x.size);
}

function total(summary: HeapSummary) {
  return [...summary.values()].reduce((sum, e) => sum + e.size, 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).filter((a) => a.endsWith(".heapsnapshot"));
  const top = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 30);
  if (files.length < 1 || files.length > 2) {
    console.error(
      "Usage: tsx lib/bench/heap-diff.ts before.heapsnapshot [after.heapsnapshot] [top]",
    );
    process.exit(2);
  }
  const read = (p: string) => summariseHeap(JSON.parse(readFileSync(p, "utf8")) as Snapshot);
  const before = files.length === 2 ? read(files[0]!) : new Map();
  const after = read(files.at(-1)!);
  console.log(`heap: ${mb(total(before))} → ${mb(total(after))}`);
  console.log("grew by (self size, count)  constructor  [after: size, count]");
  for (const row of diffHeaps(before, after).slice(0, top)) {
    console.log(
      `${mb(row.size).padStart(10)} ${String(row.count).padStart(8)}  ${row.name.slice(0, 60)}  [${mb(row.after.size)}, ${row.after.count}]`,
    );
  }
}
