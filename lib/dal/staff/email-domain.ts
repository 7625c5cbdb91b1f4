// The registration rules (lib/registration/activation-rules.ts on the registration branch) have the
// same two helpers; once both are on main, import theirs and delete this file.

export function emailDomain(email: string) {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** "mail.northwind.example" → ["mail.northwind.example", "northwind.example"] (never a bare TLD). */
export function domainAndParents(domain: string) {
  const labels = domain.split(".");
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
}
