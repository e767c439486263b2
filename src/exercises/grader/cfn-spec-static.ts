/**
 * Registers the compact CloudFormation specification when imported: the entry points that always
 * grade CloudFormation import it (the CLI, the sandbox, a CloudFormation exercise's page, the unit
 * tests and the benchmarks). See cfn-spec-store.ts.
 */
import CFN_TYPES from '../schemas/generated/cfn-types.json' with { type: 'json' };
import { decodeCfnTypes, type CfnTypes } from '../schemas/cfn-types.ts';
import { setCfnSpec } from './cfn-spec-store.ts';

/** The compact CloudFormation schema (resource types the course uses). */
export const CFN_SPEC: CfnTypes = decodeCfnTypes(CFN_TYPES);

setCfnSpec(CFN_SPEC);
