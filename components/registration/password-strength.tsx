import { PASSWORD_MIN } from "@/lib/validations/rules/fields";

/**
 * A rough guide while typing (length and variety of characters), deliberately tiny: the server's
 * check against common and breached passwords decides, and its verdict comes back as a field error.
 */
export function estimateStrength(password: string): 0 | 1 | 2 | 3 | 4 {
  if (password.length < PASSWORD_MIN) return 0;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const distinct = new Set(password).size;
  if (distinct < password.length / 3 || distinct < 6) return 1;
  const score = password.length / 4 + classes; // 12 chars, 1 class → 4; 20 chars, 3 classes → 8
  if (score < 5) return 1;
  if (score < 6.5) return 2;
  if (score < 8) return 3;
  return 4;
}

const COLORS = ["bg-slate-300", "bg-red-600", "bg-amber-500", "bg-emerald-500", "bg-emerald-700"];

export function PasswordStrength({ password, label }: { password: string; label: string }) {
  const level = estimateStrength(password);
  return (
    <span className="mt-1 flex items-center gap-3">
      <span aria-hidden="true" className="flex w-32 gap-1">
        {[1, 2, 3, 4].map((i) => (
          <span
            key={i}
            className={`h-1.5 flex-1 rounded-full ${i <= level ? COLORS[level] : "bg-slate-200"}`}
          />
        ))}
      </span>
      <span className="text-sm text-slate-700">{label}</span>
    </span>
  );
}
