import { cn } from "@/lib/utils";

/** The look of one choice in the header's switches (language, digits): the chosen one stands out. */
export function switchButtonClass(pressed: boolean) {
  return cn(
    "rounded px-2 py-1 text-sm",
    pressed ? "bg-white/20 font-semibold text-white" : "text-brand-100 hover:bg-white/10",
  );
}
