import { ResendConfirmationForm } from "./resend-confirmation-form";
import { resendFormProps } from "./resend-form-props";

/** The resend form with its strings, for server pages (check-inbox, expired link, resend page). */
export async function ResendSection({
  prefillFromRegistration = false,
}: {
  prefillFromRegistration?: boolean;
}) {
  const { loading: _loading, ...props } = await resendFormProps(prefillFromRegistration);
  return <ResendConfirmationForm {...props} />;
}
