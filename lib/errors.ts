/** Codes for failures a user may be told about. Anything else is logged and reported by id only. */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "invalid"
  | "rate-limited"
  | "last-admin";

/**
 * An error whose message is safe to show to the user. `messageKey` is looked up in the
 * `errors` namespace of the message catalogue; `params` fill its placeholders.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string = code,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors?: Record<string, string[]>,
    /** Structured facts for the form, e.g. the likely duplicates a user must decide about. */
    readonly details?: unknown,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const forbidden = () => new AppError("forbidden");
export const notFound = () => new AppError("not-found");
