/**
 * The place of a button whose code is still on its way: the same box, unseen and out of the
 * accessibility tree, so nothing beside or below it moves when the button arrives. Without it,
 * a click aimed at the next button could land wherever that button had just moved from.
 */
export function ButtonPlace({ className, label }: { className: string; label: string }) {
  return (
    <div className="button-place" aria-hidden="true">
      <span className={className}>{label}</span>
    </div>
  );
}
