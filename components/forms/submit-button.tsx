"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useActionPending } from "./action-form";

/** Disabled, with a busy label, while its form is being submitted. */
export function SubmitButton({
  pendingLabel,
  children,
  ...props
}: ButtonProps & { pendingLabel: string }) {
  const status = useFormStatus();
  const pending = useActionPending() ?? status.pending;
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
