import type { NextStageView } from '../../domain/diagnostic-view';

/**
 * What reaching the next stage takes, under its heading: the stage's summary and the step from
 * these answers, then the plan's own "Reaching" prose. The results screen and /report/ both show it.
 */
export function NextStage({ nextStage, reachingHtml }: { nextStage: NextStageView | null; reachingHtml: string }) {
  return (
    <>
      {nextStage && (
        <>
          <p>{nextStage.summary}</p>
          <p>
            <strong>{nextStage.takesText}</strong>
          </p>
        </>
      )}
      <div className="prose" dangerouslySetInnerHTML={{ __html: reachingHtml }} />
    </>
  );
}
