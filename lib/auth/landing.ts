import "server-only";
import { can, type ActingUser } from "./acting-user";
import { reachesRecords } from "./scope";

/**
 * Where a user who reads no report starts (decision 0034): administrators at the user list,
 * Foreign Affairs and providers at their victims, court clerks at their cases.
 */
export function landingPathWithoutReports(user: ActingUser): string {
  if (can(user, "manage:user")) return "/admin/users";
  if (reachesRecords(user, "victim")) return "/victims";
  if (reachesRecords(user, "case")) return "/cases";
  return "/change-password";
}
