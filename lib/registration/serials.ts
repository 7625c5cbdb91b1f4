import "server-only";
import { db } from "@/lib/db";
import { normalizeSerial, SERIAL_PATTERN } from "@/lib/validations/fields";

export type SerialCheck =
  | { state: "format" }
  | { state: "unknown"; serial: string }
  | { state: "valid"; serial: string; productName: string; deviceId: string; companyId: string | null };

/** Normalises a serial as typed from a nameplate and looks it up in the device registry. */
export async function checkSerial(input: string): Promise<SerialCheck> {
  const serial = normalizeSerial(input.slice(0, 40));
  if (!SERIAL_PATTERN.test(serial)) return { state: "format" };
  const device = await db.device.findUnique({
    where: { serial },
    select: { id: true, companyId: true, product: { select: { name: true } } },
  });
  if (!device) return { state: "unknown", serial };
  return {
    state: "valid",
    serial,
    productName: device.product.name,
    deviceId: device.id,
    companyId: device.companyId,
  };
}

/** What the browser may learn about a serial: never who owns the device. */
export type PublicSerialCheck =
  | { state: "format" }
  | { state: "unknown"; serial: string }
  | { state: "valid"; serial: string; productName: string };

export function publicSerialCheck(check: SerialCheck): PublicSerialCheck {
  if (check.state !== "valid") return check;
  return { state: "valid", serial: check.serial, productName: check.productName };
}
