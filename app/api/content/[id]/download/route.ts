import { NextResponse, type NextRequest } from "next/server";
import { asLocale } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/config";
import { audit } from "@/lib/audit";
import { clientIp } from "@/lib/request-info";
import { contentForReader } from "@/lib/content/content-item";

type Ctx = { params: Promise<{ id: string }> };

// Exclusive downloads, checked on the server for every request: anonymous readers are sent to
// sign in and back to the item; anyone else who may not download lands on the item's page, which
// says why. The file is generated here (release notes / document text), never an outside URL.
export async function GET(request: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const locale = asLocale(request.nextUrl.searchParams.get("locale") ?? "en");
  const found = await contentForReader(id, locale);
  if (!found || (found.item.kind !== "SOFTWARE_UPDATE" && found.item.kind !== "DOCUMENT")) {
    return new NextResponse("Not found", { status: 404 });
  }
  const page = `/${locale}/content/${found.item.id}`;
  if (found.access === "signIn") {
    return NextResponse.redirect(
      absoluteUrl(`/${locale}/login?callbackUrl=${encodeURIComponent(page)}`),
      303,
    );
  }
  if (found.access !== "ok") return NextResponse.redirect(absoluteUrl(page), 303);

  if (found.user) {
    await audit({
      action: "content.downloaded",
      actorId: found.user.id,
      targetId: found.item.id,
      ip: await clientIp(),
    });
  }
  const { item } = found;
  const body = [
    item.title,
    "=".repeat(item.title.length),
    "",
    item.summary,
    "",
    item.product ?? item.topic ?? "",
  ].join("\n");
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${item.kind.toLowerCase()}-${item.id}.txt"`,
      "Cache-Control": "private, no-store",
    },
  });
}
