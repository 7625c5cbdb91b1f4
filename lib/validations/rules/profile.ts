import { form, list, text, ticked } from "./core";
import { emailRule, PASSWORD_MAX, serialRule } from "./fields";
import { personFields, topicSlugsRule } from "./registration";

// Account page and "complete your profile": the same person fields as the registration wizard.

export const profileRules = form(personFields);

export const interestsRules = form({ interests: topicSlugsRule });

/** After migrating a legacy account: the person fields, the legacy devices to keep, interests. */
export const completeProfileRules = form({
  ...personFields,
  serials: list(serialRule, { max: 50, key: "invalid" }),
  interests: topicSlugsRule,
});

export const addDeviceRules = form({ serial: serialRule });

const confirmingPassword = text(
  [],
  { min: 1, key: "required" },
  { max: PASSWORD_MAX, key: "passwordTooLong" },
);

export const emailChangeRules = form({ newEmail: emailRule, emailPassword: confirmingPassword });

export const deleteAccountRules = form({
  deletePassword: confirmingPassword,
  deleteConfirm: ticked("required"),
});
