"use client";

import { useForm } from "react-hook-form";
import { rulesResolver } from "@/lib/validations/rules-resolver";
import type { Fields } from "@/lib/validations/rules/core";
import { interestsRules } from "@/lib/validations/rules/profile";
import { updateInterestsAction } from "@/lib/actions/update-interests-action";
import type { Option } from "@/lib/profile/form-options";
import { SavedForm } from "./saved-form";
import { TopicCheckboxes } from "./topic-checkboxes";

type Props = {
  defaults: string[];
  groups: { legend: string; options: Option[] }[];
  text: { legend: string; submit: string; submitting: string; saved: string; formError: string };
};

export function InterestsForm({ defaults, groups, text }: Props) {
  const form = useForm<{ interests: string[] }>({
    resolver: rulesResolver<Fields, { interests: string[] }>(interestsRules),
    defaultValues: { interests: defaults },
  });
  return (
    <SavedForm form={form} submit={(v) => updateInterestsAction(v)} text={text}>
      <TopicCheckboxes
        legend={text.legend}
        groups={groups}
        field={form.register("interests")}
        idPrefix="topic"
      />
    </SavedForm>
  );
}
