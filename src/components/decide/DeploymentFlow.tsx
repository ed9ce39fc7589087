import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import type { DeploymentContent } from '../../domain/decision-content';
import { EMPTY_DECISIONS } from '../../domain/decisions-state';
import { evaluateDeployment } from '../../domain/deployment-flow';
import { $decisions, answerDeploymentStep, restartDeployment, setDeploymentNote } from '../../stores/decisions';
import { useDecisionsIsland } from './use-decisions-island';
import { DecisionNote } from './DecisionNote';
import { DeploymentOutcome } from './DeploymentOutcome';
import { DeploymentStepForm } from './DeploymentStepForm';
import { DeploymentTrail } from './DeploymentTrail';
import type { DecideText, DeploymentText } from './decide-text';

export interface DeploymentFlowProps {
  deployment: DeploymentContent;
  /** The diagnostic's question ids, so loading the facilitator session keeps its notes. */
  questionIds: Id[];
  text: DeploymentText;
  shared: DecideText;
}

/** The answered steps with what each ruled out, the step being asked, and the outcome. */
export function DeploymentFlow({ deployment, questionIds, text, shared }: DeploymentFlowProps) {
  const root = useDecisionsIsland(questionIds);
  const state = useStore($decisions) ?? EMPTY_DECISIONS;
  const result = useMemo(() => evaluateDeployment(deployment, state.deployment.answers), [deployment, state]);
  // A step reopened with "Change"; otherwise the first unanswered step is asked.
  const [changing, setChanging] = useState<Id | null>(null);
  // Where focus goes after the render an action causes (the new result, the next step).
  const focusTarget = useRef<string | null>(null);
  const asking = changing ?? result.next;
  const stepIndex = deployment.steps.findIndex((s) => s.id === asking);
  const step = deployment.steps[stepIndex];

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  function answer(choice: Id) {
    if (!step) return;
    const next = evaluateDeployment(deployment, { ...state.deployment.answers, [step.id]: choice });
    answerDeploymentStep(step.id, choice);
    setChanging(null);
    focusTarget.current = next.next ? 'deployment-step-title' : 'deployment-outcome-title';
  }

  function change(id: Id) {
    setChanging(id);
    focusTarget.current = 'deployment-step-title';
  }

  function restart() {
    restartDeployment();
    setChanging(null);
    focusTarget.current = 'deployment-step-title';
  }

  return (
    <div className="stack stack--xl" ref={root}>
      {result.trail.length > 0 && (
        <section className="stack stack--m" aria-labelledby="deployment-trail-title">
          <h2 id="deployment-trail-title">{text['trail-heading']}</h2>
          <DeploymentTrail
            trail={result.trail}
            total={deployment.steps.length}
            onChange={change}
            text={text}
            shared={shared}
          />
        </section>
      )}
      {step ? (
        <DeploymentStepForm
          key={`${step.id}-${changing ?? ''}`}
          step={step}
          number={stepIndex + 1}
          total={deployment.steps.length}
          initialChoice={
            Object.hasOwn(state.deployment.answers, step.id) ? (state.deployment.answers[step.id] ?? '') : ''
          }
          onAnswer={answer}
          onCancel={changing ? () => setChanging(null) : undefined}
          text={text}
          shared={shared}
        />
      ) : (
        result.recommendation && (
          <DeploymentOutcome
            deployment={deployment}
            recommendation={result.recommendation}
            onRestart={restart}
            text={text}
            shared={shared}
          />
        )
      )}
      <DecisionNote
        id="note-deployment"
        subject={text['note-subject']}
        stored={state.deployment.note}
        save={setDeploymentNote}
        text={shared}
      />
    </div>
  );
}
