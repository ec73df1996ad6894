import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/validation/auth";
import { requestContextFrom } from "./request-context";
import { SESSION_MAX_AGE_MS } from "./session-lifetime";
import { authenticate } from "./sign-in";
import { logger } from "@/lib/observability/logger";

declare module "next-auth" {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Session {
    sessionId?: string;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface User {
    sessionId?: string;
  }
}

// Auth.js only carries a signed, encrypted cookie holding our session id. Everything else (who
// the user is, their role and scope, expiry, idle time-out, revocation) is checked against the
// session row on every request by lib/auth/session-store.ts.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_MS / 1000 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A failed sign-in is an expected outcome, recorded in the audit trail; not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      logger().error({ err: error }, "auth error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = ZSignIn.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(
          parsed.data.email,
          parsed.data.password,
          requestContextFrom(request.headers),
        );
        return result ? { id: result.userId, sessionId: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sessionId = user.sessionId;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        sessionId: typeof token.sessionId === "string" ? token.sessionId : undefined,
      };
    },
  },
});
