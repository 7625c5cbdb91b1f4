import type { ReactNode } from "react";
import { brand } from "@/lib/config";

/** For t.rich(…, { support }): the customer-care address as a mail link. */
export function supportLink(chunks: ReactNode) {
  return (
    <a className="font-medium underline" href={`mailto:${brand.supportEmail}`}>
      {chunks}
    </a>
  );
}
