"use server";

import { guardedAction } from "@/lib/auth/guard";
import { setPreferencesSpec } from "./definitions/account";

// The form refreshes the page it is on, which then reads the new preference.
export const setPreferencesAction = guardedAction(setPreferencesSpec);
