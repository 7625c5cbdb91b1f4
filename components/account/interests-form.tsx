"use client";

import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { interestsSchema } from "@/lib/validations/profile";
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
    resolver: zodResolver(interestsSchema as never) as unknown as Resolver<{ interests: string[] }>,
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
