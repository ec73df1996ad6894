import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { can, type ActingUser } from "./acting-user";
import {
  formDataToObject,
  runGuarded,
  type ActionResult,
  type GuardContext,
  type GuardSpec,
} from "./guard-core";
import type { Permission } from "./permissions";
import { getRequestContext, requestContextFrom } from "./request-context";
import { checkSameOrigin } from "./same-origin";
import { getActingUser } from "./current-user";

export type { ActionResult } from "./guard-core";

type ActionSpec<S extends z.ZodType, T> = GuardSpec<S, T> & {
  /** After success: paths to revalidate, and where to go (redirect happens outside any try). */
  onSuccess?: (data: T) => { revalidate?: string[]; redirectTo?: string };
};

/** The ONE way to write a server action: permission, schema, handler. */
export function guardedAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  return async (
    _previous: ActionResult<T> | undefined,
    formData: FormData,
  ): Promise<ActionResult<T>> => {
    const [user, request] = await Promise.all([getActingUser(), getRequestContext()]);
    const result = await runGuarded(spec, user, request, formDataToObject(formData));
    if (result.ok && spec.onSuccess) {
      const next = spec.onSuccess(result.data);
      for (const path of next.revalidate ?? []) revalidatePath(path);
      if (next.redirectTo) redirect(next.redirectTo);
    }
    return result;
  };
}

/**
 * The same guard for route handlers (exports, the JSON API, imports): a post from another origin
 * 403 before anything else (it carries a user's cookie, not their intent), then 401 signed out,
 * 403 not allowed.
 */
export function guardedRoute<P>(
  permission: Permission,
  handler: (request: Request, ctx: GuardContext & { params: P }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    if (!checkSameOrigin(request).ok) {
      return new Response("Cross-origin request refused.\n", { status: 403 });
    }
    const user: ActingUser | null = await getActingUser();
    if (!user) return new Response("Sign in required.\n", { status: 401 });
    if (user.mustChangePassword || !can(user, permission)) {
      return new Response("Not allowed.\n", { status: 403 });
    }
    return handler(request, {
      user,
      request: requestContextFrom(request.headers),
      params: await context.params,
    });
  };
}
