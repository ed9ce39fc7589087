/**
 * Rules that span the decisions content and the cost content: the deployment options must price
 * as deployments the calculator knows, and the frontier tiers must be its model tiers. Checked at
 * build time (src/lib/decisions-content.ts), so a renamed id fails the build, not the page.
 */
import type { CostAssumptions } from './content-types';
import type { DecisionsContent } from './decision-content';

export function decisionContentProblems(decisions: DecisionsContent, assumptions: CostAssumptions): string[] {
  const problems: string[] = [];
  const deployments = assumptions.deployments.map((d) => d.id);
  const tiers = assumptions.modelTiers.map((t) => t.id);
  decisions.deployment.options.forEach((option, index) => {
    if (!deployments.includes(option.costDeployment))
      problems.push(
        `content/decisions/deployment.md → options.${index}.costDeployment: "${option.costDeployment}" is not a deployment in content/cost/assumptions.md (${deployments.join(', ')})`,
      );
  });
  decisions.deployment.frontierTiers.forEach((tier, index) => {
    if (!tiers.includes(tier))
      problems.push(
        `content/decisions/deployment.md → frontierTiers.${index}: "${tier}" is not a model tier in content/cost/assumptions.md (${tiers.join(', ')})`,
      );
  });
  return problems;
}
