import { linePath, niceMax, peak, type Values } from "../chart";
import { clock } from "../format";

export interface Line {
  label: string;
  values: Values;
  /** A Tailwind stroke class; every colour reaches 3:1 on the chart's background. */
  stroke: string;
  /** Lines also differ by dash pattern, so colour is never the only clue. */
  dash?: string;
}

const WIDTH = 600;
const HEIGHT = 160;

/**
 * A small line chart in inline SVG. Its text alternative is the caption (the title and a
 * sentence with the figures that matter) and, one click away, every point as a table.
 */
export function LineChart({
  id,
  title,
  summary,
  times,
  lines,
  format,
}: {
  id: string;
  title: string;
  summary: string;
  times: string[];
  lines: Line[];
  format: (value: number) => string;
}) {
  const max = niceMax(Math.max(0, ...lines.map((l) => peak(l.values) ?? 0)));
  const first = times[0];
  const last = times.at(-1);
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-2xl border-2 border-sand-dark bg-paper p-4" data-testid={`chart-${id}`}>
      <figcaption>
        <h3 id={`${id}-title`} className="text-xl">
          {title}
        </h3>
        <p id={`${id}-summary`} className="text-base">
          {summary}
        </p>
      </figcaption>
      <ul aria-label={`Lines in the ${title.toLowerCase()} chart`} className="flex flex-wrap gap-x-4 gap-y-1 text-base">
        {lines.map((l) => (
          <li key={l.label} className="flex items-center gap-2">
            <svg aria-hidden="true" width="32" height="10" className="shrink-0">
              <line x1="1" y1="5" x2="31" y2="5" strokeWidth="3" strokeLinecap="round" strokeDasharray={l.dash} className={l.stroke} />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <div aria-hidden="true" className="flex w-16 shrink-0 flex-col justify-between text-right text-sm leading-none text-ink-soft">
          <span>{format(max)}</span>
          <span>{format(max / 2)}</span>
          <span>{format(0)}</span>
        </div>
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-40 w-full min-w-0 overflow-visible rounded-lg bg-cream"
        >
          {[0, 0.5, 1].map((f) => (
            <line
              key={f}
              x1="0"
              x2={WIDTH}
              y1={f * HEIGHT}
              y2={f * HEIGHT}
              strokeWidth="1"
              vectorEffect="non-scaling-stroke"
              className="stroke-sand-dark"
            />
          ))}
          {lines.map((l) => (
            <path
              key={l.label}
              d={linePath(l.values, max, WIDTH, HEIGHT)}
              fill="none"
              strokeWidth="2.5"
              strokeLinejoin="round"
              strokeLinecap="round"
              strokeDasharray={l.dash}
              vectorEffect="non-scaling-stroke"
              className={l.stroke}
            />
          ))}
        </svg>
      </div>
      {first && last && (
        <div aria-hidden="true" className="flex justify-between pl-18 text-sm text-ink-soft">
          <span>{clock(first)}</span>
          <span>{clock(last)}</span>
        </div>
      )}
      <details className="text-base">
        <summary className="inline-flex min-h-12 cursor-pointer items-center font-bold text-sky underline underline-offset-4">
          {title}: every point as a table
        </summary>
        <div role="region" aria-label={`${title} figures`} tabIndex={0} className="mt-2 max-h-72 overflow-auto rounded-xl border-2 border-sand">
          <table className="w-full border-collapse text-left">
            <thead className="sticky top-0 bg-sand">
              <tr>
                <th scope="col" className="px-3 py-1">
                  From
                </th>
                {lines.map((l) => (
                  <th key={l.label} scope="col" className="px-3 py-1 text-right">
                    {l.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {times.map((t, i) => (
                <tr key={t} className="border-t border-sand">
                  <th scope="row" className="px-3 py-1 font-normal">
                    {clock(t)}
                  </th>
                  {lines.map((l) => {
                    const v = l.values[i];
                    return (
                      <td key={l.label} className="px-3 py-1 text-right tabular-nums">
                        {v === null || v === undefined ? "—" : format(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
