import { AsyncLocalStorage } from "node:async_hooks";

// Who and what a request is, for its log line. The production server (lib/server/start.ts) opens
// the context around Next's handler; the session lookup inside Next (lib/auth/session-store.ts)
// writes the user's id into it. The two load this module separately (tsx, and Next's bundles),
// so the storage lives on globalThis, as the metrics registry does.

export type RequestContext = {
  requestId: string;
  /** The acting user's id, once the request's session is resolved. Never a name or an email. */
  userId?: string;
};

const KEY = Symbol.for("ctip.request-context");
const globalStore = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };

function storage(): AsyncLocalStorage<RequestContext> {
  globalStore[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return globalStore[KEY];
}

/** Runs `work` with `context` as the current request's. */
export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage().run(context, work);
}

/** The current request's context, or undefined outside one (scripts, tests, `next dev`). */
export function currentRequestContext(): RequestContext | undefined {
  return storage().getStore();
}

/** Records the request's acting user, for its log line. A no-op outside a request. */
export function noteRequestUser(userId: string) {
  const context = storage().getStore();
  if (context) context.userId = userId;
}
