/**
 * Headings and labels that /report/ and the PDF both print: one copy, read by both, so the page
 * and the PDF cannot disagree. `{slot}`s are filled with fillSlots (src/domain/fill-slots.ts).
 * Plain strings only.
 */

export const REPORT_SECTION_TEXT = {
  answersHeading: 'Your answers',
  questionColumn: 'Question',
  answerColumn: 'Answer',
  planHeading: 'Your plan',
  methodologyHeading: 'How this report was made',
  costHeading: 'Year-one cost',
  costScenarioHeading: 'Year-one cost: {scenario}',
  totalYearOne: 'Total, year one',
  midpoint: 'Midpoint {midpoint}.',
  otherScenarioMidpoint: '(midpoint {midpoint})',
  wrongCut: 'Wrong cut.',
  otherScenariosHeading: 'Other scenarios',
  inputsHeading: 'Your inputs',
  linesHeading: 'Line by line',
  lineColumn: 'Line item',
  kindColumn: 'Kind',
  basisColumn: 'Basis',
  lowColumn: 'Low',
  highColumn: 'High',
  protectedLine: 'protected',
  unitCostHeading: 'Unit cost',
  assumptionsHeading: 'Assumptions',
} as const;
