import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { ScrollRegion } from "./scroll-region";

// Table primitives in the shadcn/ui shape: semantic elements, styling only.
// The wrapper scrolls sideways when the table is wider than the page, so it is reachable and named
// for keyboard and screen-reader users, with a shadow at each edge that has more beyond it.
export function Table({ className, label, ...props }: ComponentProps<"table"> & { label: string }) {
  return (
    <ScrollRegion label={label}>
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </ScrollRegion>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("px-4 py-3 text-left text-slate-600", className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-slate-100 text-slate-700", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-200", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("hover:bg-slate-50", className)} {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("px-4 py-2 text-left align-top font-semibold whitespace-nowrap", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-2 align-top", className)} {...props} />;
}
