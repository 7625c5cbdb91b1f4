import "server-only";
import { sql } from "@/lib/db";
import { normalizeSerial, SERIAL_PATTERN } from "@/lib/validations/fields";

export type SerialCheck =
  | { state: "format" }
  | { state: "unknown"; serial: string }
  | { state: "valid"; serial: string; productName: string; deviceId: string; companyId: string | null };

/** Normalises a serial as typed from a nameplate and looks it up in the device registry. */
export async function checkSerial(input: string): Promise<SerialCheck> {
  const serial = normalizeSerial(input.slice(0, 40));
  if (!SERIAL_PATTERN.test(serial)) return { state: "format" };
  // One round trip (the device and its product's name): the wizard asks on every keystroke pause.
  const [device] = await sql<{ id: string; companyId: string | null; productName: string }>`
    SELECT d.id, d."companyId", p.name AS "productName"
    FROM "Device" d JOIN "Product" p ON p.id = d."productId"
    WHERE d.serial = ${serial}`;
  if (!device) return { state: "unknown", serial };
  return {
    state: "valid",
    serial,
    productName: device.productName,
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
