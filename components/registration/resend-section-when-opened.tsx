import { ResendWhenOpened } from "./resend-when-opened";
import { resendFormProps } from "./resend-form-props";

/**
 * The resend form inside a folded <details> (the sign-in page): it loads once opened. A module of
 * its own, without a static import of the form: every client component a page's server modules
 * import ships with the page, rendered or not.
 */
export async function ResendSectionWhenOpened() {
  return <ResendWhenOpened {...await resendFormProps(false)} />;
}
