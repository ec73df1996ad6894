"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard-core";

/** What an edit save returns (decision 0038): the record's new version and the fields it
 * changed, not a re-rendered page. */
export type TSaved = { id: string; version: number; changed: string[] };

function savedOf(state: ActionResult<unknown> | undefined): TSaved | undefined {
  if (!state?.ok) return undefined;
  const data = state.data as Partial<TSaved> | null;
  return data && typeof data.version === "number" && Array.isArray(data.changed)
    ? (data as TSaved)
    : undefined;
}

type FormBase = { version: number; generation: number; saved: TSaved | undefined };

/**
 * The version an edit form submits next, and a key that changes only when the page shows a newer
 * version than the form's (someone else's save): then the form remounts with the page's values.
 * After the user's own save the form keeps what they typed and takes the new version from the
 * response, so the next save's optimistic lock is right at once. The rest of the page (its facts,
 * history, and the record's other forms) catches up through a refresh in the background, after
 * the form has shown the save: off the save's critical path.
 */
export function useSavedVersion(
  pageVersion: number | undefined,
  state: ActionResult<unknown> | undefined,
): { version: number | undefined; key: number } {
  const router = useRouter();
  const saved = savedOf(state);
  // Kept apart from `state`: a refused save after this one must still submit this version.
  const [base, setBase] = useState<FormBase>({
    version: pageVersion ?? 0,
    generation: 0,
    saved: undefined,
  });
  if (saved && saved !== base.saved) {
    setBase({ ...base, version: Math.max(base.version, saved.version), saved });
  } else if (pageVersion !== undefined && pageVersion > base.version) {
    setBase({ ...base, version: pageVersion, generation: base.generation + 1 });
  }
  useEffect(() => {
    if (saved) startTransition(() => router.refresh());
  }, [saved, router]);
  return {
    version: pageVersion === undefined ? undefined : Math.max(pageVersion, base.version),
    key: base.generation,
  };
}
