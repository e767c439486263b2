/**
 * Fills `{name}` placeholders from `params`; a placeholder without a value stays as written, so a
 * missing parameter shows up in the text instead of vanishing.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
