import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { TPeriod } from "@/lib/domain/period";
import { countList } from "./count-list";
import { tipDrillDown } from "./layout-drill-down";
import type { TTipCounts } from "./tip-assemble";
import { TIP_FIGURES } from "./types";

/** TIP's eight figures, each counted through its own drill-down list's filters, in parallel. */
export async function queryTipCounts(user: ActingUser, period: TPeriod): Promise<TTipCounts> {
  const counted = await Promise.all(
    TIP_FIGURES.map(async (figure) => {
      const [total, labour] = await Promise.all([
        countList(user, tipDrillDown(period, figure, false)),
        countList(user, tipDrillDown(period, figure, true)),
      ]);
      return [figure, { total, labour }] as const;
    }),
  );
  return Object.fromEntries(counted) as TTipCounts;
}
