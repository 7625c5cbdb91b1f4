import "server-only";
import { getTranslations } from "next-intl/server";
import { DAY, HOUR, MINUTE } from "@/lib/clock";

/** "3 days 4 h", "5 h", "12 min": how long someone has waited. */
export async function durationFormatter() {
  const t = await getTranslations("admin.duration");
  return (ms: number) => {
    if (ms >= DAY) return t("days", { days: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) });
    if (ms >= HOUR) return t("hours", { hours: Math.floor(ms / HOUR) });
    return t("minutes", { minutes: Math.max(1, Math.floor(ms / MINUTE)) });
  };
}

/** A review reason's label; codes the console does not know yet are shown as they are. */
export async function reviewReasonLabel() {
  const t = await getTranslations("admin.reviewReasons");
  return (code: string | null) => {
    if (!code) return t("none");
    return t.has(`${code}.label` as never) ? t(`${code}.label` as never) : code;
  };
}
