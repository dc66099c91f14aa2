/** An error from the API, said where the user looks (role="alert"). */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

/** A score as a percentage bar with its value, for tables and the review queue. */
export function Score({ value }: { value: number }) {
  const pct = Math.round(value * 100);
  return (
    <span className="score" title={value.toFixed(3)}>
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      {value.toFixed(2)}
    </span>
  );
}
