import "server-only";
import { db } from "@/lib/db";

export async function findUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      nationalScope: true,
      active: true,
      provinces: { select: { province: { select: { nameEn: true, nameKm: true } } } },
    },
  });
}
