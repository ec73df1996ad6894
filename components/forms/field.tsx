"use client";

import { useTranslations } from "next-intl";
import { useNumerals } from "@/components/ui/numerals";
import type { ComponentProps, ReactNode } from "react";
import { countedValues } from "@/lib/i18n/numerals";
import { cn } from "@/lib/utils";
import { fieldErrorMessage, type TFieldError } from "@/lib/validation/error-map";

type FieldProps = {
  name: string;
  label: string;
  /** The action's fieldErrors: `validation` keys and their values (lib/validation/error-map). */
  errors?: TFieldError[];
  hint?: ReactNode;
  children?: ReactNode;
} & ComponentProps<"input">;

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-invalid:border-red-600";

/** A labelled input whose errors are tied to it with aria-describedby. */
export function Field({ name, label, errors, hint, className, children, ...input }: FieldProps) {
  const id = input.id ?? `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ?? (
        <input
          id={id}
          name={name}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={inputClass}
          {...input}
        />
      )}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/**
 * A field's errors in the UI language. Keys are looked up in `namespaces`, first match wins
 * (a form with its own messages puts its namespace before `validation`); a key found nowhere
 * shows the generic "not valid" message, never the key or zod's English.
 */
export function FieldErrors({
  id,
  errors,
  namespaces = ["validation"],
}: {
  id: string;
  errors?: TFieldError[];
  namespaces?: string[];
}) {
  const t = useTranslations();
  const numerals = useNumerals();
  if (!errors?.length) return null;
  const text = (error: TFieldError) => {
    for (const namespace of namespaces) {
      const { key, values } = fieldErrorMessage(error, namespace);
      if (t.has(key)) return t(key, countedValues(values, numerals));
    }
    return t("validation.invalid");
  };
  return (
    <p id={id} className="text-sm text-red-700">
      {errors.map(text).join(" ")}
    </p>
  );
}
