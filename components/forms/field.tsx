"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

type FieldProps = {
  name: string;
  label: string;
  /** Catalogue keys in the `validation` namespace, from the action's fieldErrors. */
  errors?: string[];
  hint?: ReactNode;
  children?: ReactNode;
} & ComponentProps<"input">;

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-invalid:border-red-600";

/** A labelled input whose errors are tied to it with aria-describedby. */
export function Field({ name, label, errors, hint, className, children, ...input }: FieldProps) {
  const t = useTranslations("validation");
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
      <FieldErrors id={errorId} errors={errors} t={t} />
    </div>
  );
}

export function FieldErrors({
  id,
  errors,
  t,
}: {
  id: string;
  errors?: string[];
  t: (key: string) => string;
}) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {errors.map((e) => t(e)).join(" ")}
    </p>
  );
}
