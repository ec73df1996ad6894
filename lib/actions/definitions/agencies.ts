import type { GuardSpec } from "@/lib/auth/guard-core";
import { createAgency, updateAgency } from "@/lib/data/agency-mutations";
import { ZCreateAgency, ZUpdateAgency } from "@/lib/validation/agencies";

// The guard specs behind the agency administration actions (decision 0034); the authorization
// matrix runs exactly these.
export const createAgencySpec = {
  permission: "manage:agency",
  schema: ZCreateAgency,
  handler: (input, { user, request }) => createAgency(user, input, request),
} satisfies GuardSpec<typeof ZCreateAgency, unknown>;

export const updateAgencySpec = {
  permission: "manage:agency",
  schema: ZUpdateAgency,
  handler: (input, { user, request }) => updateAgency(user, input, request),
} satisfies GuardSpec<typeof ZUpdateAgency, unknown>;
