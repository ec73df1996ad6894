import type { ReactNode } from "react";

/** One section of a home page: a named region, so each can be reached by its heading. */
export function HomeSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`home-${id}`} className="mb-10">
      <h2 id={`home-${id}`} className="mb-1 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mb-3 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
