/**
 * The diagnostic questions the documents answer, on their own so that the results screen can point
 * to the documents without loading the documents' validation and storage code.
 */

/** The questions a scorecard answers: the outcome metric and the stop condition. */
export const OUTCOME_METRIC_QUESTION = 'outcome-metric';
export const STOP_CONDITION_QUESTION = 'stop-condition';

/** The question a readiness definition answers. */
export const SECURITY_REVIEW_QUESTION = 'security-review';
