import type { ReactNode } from "react";
import { Body, Button, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { EmailContext } from "../template";

type Props = { ctx: EmailContext; preview: string; name?: string | null; children: ReactNode };

const styles = {
  body: { backgroundColor: "#f1f5f9", fontFamily: "Segoe UI, Roboto, Helvetica, Arial, sans-serif" },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "32px",
    maxWidth: "560px",
    borderRadius: "8px",
  },
  brand: { color: "#0a4467", fontSize: "18px", fontWeight: 600, margin: "0 0 24px" },
  text: { color: "#0f172a", fontSize: "15px", lineHeight: "24px" },
  footer: { color: "#64748b", fontSize: "12px", lineHeight: "18px" },
};

export function EmailLayout({ ctx, preview, name, children }: Props) {
  const { t, brand } = ctx;
  return (
    <Html lang={ctx.locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{brand.portalName}</Text>
          <Text style={styles.text}>
            {name ? t("email.greeting", { name }) : t("email.greetingAnonymous")}
          </Text>
          {children}
          <Text style={styles.text}>{t("email.signature", { portalName: brand.portalName })}</Text>
          <Hr />
          <Text style={styles.footer}>
            {t("email.footer", { portalName: brand.portalName, supportEmail: brand.supportEmail })}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailText({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button
        href={href}
        style={{
          backgroundColor: "#0b6aa2",
          color: "#ffffff",
          padding: "12px 20px",
          borderRadius: "6px",
          fontWeight: 600,
        }}
      >
        {children}
      </Button>
    </Section>
  );
}
