"use client";

import { createContext, startTransition, useContext, type ComponentProps } from "react";

const PendingContext = createContext<boolean | null>(null);

/** Whether the enclosing ActionForm is waiting for its action; null outside one. */
export function useActionPending() {
  return useContext(PendingContext);
}

/**
 * A form for a useActionState action that keeps what the user typed when the action fails.
 * React resets a form after its `action` runs; submitting through a transition instead does not.
 * `action` stays on the element too, so the form still posts without JavaScript.
 */
export function ActionForm({
  action,
  pending,
  children,
  ...props
}: Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  return (
    <form
      {...props}
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const formData = new FormData(event.currentTarget, submitter);
        startTransition(() => action(formData));
      }}
    >
      <PendingContext.Provider value={pending}>{children}</PendingContext.Provider>
    </form>
  );
}
