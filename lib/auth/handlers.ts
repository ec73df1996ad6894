import { handlers } from "./config";

// Auth.js's own endpoints (session, CSRF token, sign-out). Sign-in itself runs as a server action.
export const { GET, POST } = handlers;
