"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";

type Edges = { start: boolean; end: boolean };

/**
 * A box that scrolls sideways when its content is wider than it, for tables. It is a named region
 * that takes keyboard focus (arrow keys scroll it), and a shadow marks each edge with more content
 * beyond it, since a scrollbar alone is easy to miss (and hidden on some systems until used).
 * The shadows are `data-scroll-cue` elements, shown only while there is more to see that way.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ start: false, end: false });

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      // One pixel of slack: scroll positions are fractional at some zoom levels.
      const hidden = box.scrollWidth - box.clientWidth;
      const next = { start: box.scrollLeft > 1, end: box.scrollLeft < hidden - 1 };
      setEdges((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    // A ResizeObserver reports each observed element once when observing starts, so this also
    // sets the first state; it fires again when the box or the table changes width (a new page
    // of rows, a window resized, a font loaded).
    const resized = new ResizeObserver(update);
    resized.observe(box);
    for (const child of box.children) resized.observe(child);
    box.addEventListener("scroll", update, { passive: true });
    return () => {
      resized.disconnect();
      box.removeEventListener("scroll", update);
    };
  }, []);

  const cue = "pointer-events-none absolute inset-y-0 w-8 from-slate-900/20 to-transparent";
  return (
    <div className={cn("relative rounded-lg border border-slate-200 bg-white", className)}>
      <div
        ref={ref}
        role="region"
        aria-label={label}
        tabIndex={0}
        className="w-full overflow-x-auto rounded-lg"
      >
        {children}
      </div>
      {edges.start ? (
        <div
          aria-hidden
          data-scroll-cue="start"
          className={cn(cue, "left-0 rounded-l-lg bg-linear-to-r")}
        />
      ) : null}
      {edges.end ? (
        <div
          aria-hidden
          data-scroll-cue="end"
          className={cn(cue, "right-0 rounded-r-lg bg-linear-to-l")}
        />
      ) : null}
    </div>
  );
}
