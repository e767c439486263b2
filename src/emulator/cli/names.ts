/** AWS CLI names: botocore's `xform_name` turns API names into kebab-case commands and options. */

/** `RegisterTaskDefinition` → `register-task-definition`, `RoleARN` → `role-arn`. */
export function kebab(name: string): string {
  const s1 = name.replace(/(.)([A-Z][a-z]+)/g, '$1-$2');
  return s1.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
