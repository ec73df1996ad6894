import Link from "next/link";

/** A figure that opens the records behind it; its accessible name says what it counts. */
export function CountLink({ href, text, label }: { href: string; text: string; label: string }) {
  return (
    <Link
      href={href}
      // A home page holds dozens of figures: prefetching every list behind them loads the server.
      prefetch={false}
      aria-label={label}
      className="font-medium text-blue-800 tabular-nums underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {text}
    </Link>
  );
}
