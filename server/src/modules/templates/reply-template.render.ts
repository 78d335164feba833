/** The variables a template body may use, filled for one conversation and the agent writing. */
export interface TemplateVariables {
  'customer.name': string;
  'agent.name': string;
  'conversation.number': string;
}

const VARIABLE = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/**
 * Fills `{{customer.name}}`-style variables (spaces inside the braces allowed). Unknown ones stay exactly as
 * typed, so a typo is visible in the draft instead of silently vanishing.
 */
export function renderTemplate(body: string, variables: TemplateVariables): string {
  const values = new Map<string, string>(Object.entries(variables));
  return body.replace(VARIABLE, (whole, name: string) => values.get(name) ?? whole);
}
