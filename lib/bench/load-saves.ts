import type pg from "pg";

// The save mix: writers posting the case-update server action over HTTP as the browser does
// (React's encodeReply of the form's (previousState, formData) arguments, with the action's id in
// the Next-Action header), each looping: read the case's current version, post a change. Every
// save writes a lead agency of its own ("Load w3 s7"), so that the checks afterwards
// (load-verify.ts) can find each accepted save in the audit trail and in the final row.
// The version is read from the database, not from the case page: the page would add a render to
// every loop and measure pages, not saves.

export type TSaveOutcome = "accepted" | "conflict" | "error";
export type TSave = {
  caseId: string;
  baseVersion: number;
  token: string;
  outcome: TSaveOutcome;
  ms: number;
  status: number;
  /** The answer's size: the result, and whatever the revalidation re-rendered with it. */
  kb: number;
};

type TCaseRow = {
  version: number;
  offence_type: string;
  province_id: number;
  cracked_on: string | null;
  cracked_time: string | null;
  summary: string | null;
};

/** The case as its edit form would show it: the fields the action takes, and the version. */
async function readCase(pool: pg.Pool, caseId: string): Promise<TCaseRow> {
  const { rows } = await pool.query<TCaseRow>(
    `SELECT version, offence_type, province_id, summary,
            to_char(cracked_down_at AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY-MM-DD') AS cracked_on,
            to_char(cracked_down_at AT TIME ZONE 'Asia/Phnom_Penh', 'HH24:MI') AS cracked_time
       FROM "case" WHERE id = $1`,
    [caseId],
  );
  return rows[0]!;
}

/** The request body React sends for `action(previousState, formData)`: the form's fields under
 * the FormData's part prefix, and the argument list that refers to them. */
export function encodeActionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  return body;
}

/** The action's answer, from the RSC stream: a row that is the ActionResult. */
export function outcomeOf(status: number, body: string): TSaveOutcome {
  if (status !== 200) return "error";
  const result = /^[0-9a-f]+:\{"ok":(true|false)(?:,"code":"([a-z-]+)")?/m.exec(body);
  if (result?.[1] === "true") return "accepted";
  return result?.[2] === "conflict" ? "conflict" : "error";
}

export type TSaveContext = {
  baseUrl: string;
  actionId: string;
  pool: pg.Pool;
  /** A server answer that was neither a save nor a conflict, kept to show what went wrong. */
  onError?: (status: number, body: string) => void;
};

/** One loop of one writer: read the version, post the edit, classify the answer. */
export async function saveOnce(
  ctx: TSaveContext,
  cookie: string,
  caseId: string,
  token: string,
): Promise<TSave> {
  const row = await readCase(ctx.pool, caseId);
  const body = encodeActionBody({
    id: caseId,
    version: String(row.version),
    offenceType: row.offence_type,
    provinceId: String(row.province_id),
    leadAgency: token,
    crackedDownOn: row.cracked_on ?? "",
    crackedDownTime: row.cracked_time ?? "",
    summary: row.summary ?? "",
  });
  const started = performance.now();
  const response = await fetch(`${ctx.baseUrl}/cases/${caseId}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie,
      origin: ctx.baseUrl,
      accept: "text/x-component",
      "next-action": ctx.actionId,
    },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const outcome = outcomeOf(response.status, text);
  if (outcome === "error") ctx.onError?.(response.status, text);
  const kb = Buffer.byteLength(text) / 1024;
  return { caseId, baseVersion: row.version, token, outcome, ms, status: response.status, kb };
}

/** `writers` writers at once on `caseIds` (writer w on case w mod n), `saves` posts each. */
export async function runSaveMix(
  ctx: TSaveContext,
  cookies: readonly string[],
  caseIds: readonly string[],
  writers: number,
  saves: number,
  label: string,
): Promise<TSave[]> {
  const all: TSave[] = [];
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const cookie = cookies[w % cookies.length]!;
      const caseId = caseIds[w % caseIds.length]!;
      for (let s = 0; s < saves; s++) {
        all.push(await saveOnce(ctx, cookie, caseId, `Load ${label} w${w} s${s}`));
      }
    }),
  );
  return all;
}
