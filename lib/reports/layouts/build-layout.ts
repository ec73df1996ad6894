import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import type { TPeriod } from "@/lib/domain/period";
import { isoCodeOf } from "@/lib/domain/provinces";
import type { TReportScope } from "../types";
import { assembleGlotipLayout } from "./glotip-assemble";
import { queryGlotipCounts } from "./glotip-queries";
import { assembleTipLayout } from "./tip-assemble";
import { queryTipCounts } from "./tip-queries";
import type {
  TFullLayoutDocument,
  TGlotipLayout,
  TFullCell,
  TLayoutName,
  TTipLayout,
} from "./types";

// A layout as the user may see it: counted from the live records in PostgreSQL, inside the
// user's scope, like the annual report (buildReport).

function scopeOf(user: ActingUser): TReportScope {
  return {
    national: user.nationalScope,
    provinces: user.nationalScope ? [] : user.provinceIds.map(isoCodeOf),
  };
}

export async function buildTipLayout(user: ActingUser, period: TPeriod) {
  assertCan(user, "read:report");
  const counts = await queryTipCounts(user, period);
  return assembleTipLayout({ period, counts, scope: scopeOf(user), generatedAt: new Date() });
}

export async function buildGlotipLayout(user: ActingUser, period: TPeriod) {
  assertCan(user, "read:report");
  const counts = await queryGlotipCounts(user, period);
  return assembleGlotipLayout({ period, counts, scope: scopeOf(user), generatedAt: new Date() });
}

export function buildLayout(
  user: ActingUser,
  layout: "tip",
  period: TPeriod,
): Promise<TTipLayout<TFullCell>>;
export function buildLayout(
  user: ActingUser,
  layout: "glotip",
  period: TPeriod,
): Promise<TGlotipLayout<TFullCell>>;
export function buildLayout(
  user: ActingUser,
  layout: TLayoutName,
  period: TPeriod,
): Promise<TFullLayoutDocument>;
export function buildLayout(
  user: ActingUser,
  layout: TLayoutName,
  period: TPeriod,
): Promise<TFullLayoutDocument> {
  return layout === "tip" ? buildTipLayout(user, period) : buildGlotipLayout(user, period);
}
