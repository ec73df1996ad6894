import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return (
    <section
      className={cn("rounded-lg border border-slate-200 bg-white p-4 shadow-sm", className)}
      {...props}
    />
  );
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 className={cn("text-sm font-medium text-slate-600", className)} {...props} />;
}

export function CardValue({ className, ...props }: ComponentProps<"p">) {
  return (
    <p
      className={cn("mt-1 text-3xl font-semibold text-slate-900 tabular-nums", className)}
      {...props}
    />
  );
}
