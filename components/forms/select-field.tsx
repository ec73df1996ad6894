"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import type { TFieldError } from "@/lib/validation/error-map";
import { FieldErrors, inputClass } from "./field";

export type Option = { value: string; label: string };

/** A labelled select whose errors are tied to it with aria-describedby. */
export function SelectField({
  name,
  label,
  options,
  errors,
  placeholder,
  className,
  ...select
}: {
  name: string;
  label: string;
  options: Option[];
  errors?: TFieldError[];
  placeholder?: string;
} & ComponentProps<"select">) {
  const id = select.id ?? `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className={inputClass}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
