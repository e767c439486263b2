/**
 * Error codes a {@link SimInputError} can carry. Stable identifiers a UI can map to its own text.
 */
export type SimErrorCode =
  | 'NOT_A_NUMBER'
  | 'NOT_AN_INTEGER'
  | 'OUT_OF_RANGE'
  | 'INVALID_VALUE'
  | 'UNKNOWN_VALUE'
  | 'INVALID_STRATEGY'
  | 'INVALID_EXPRESSION'
  | 'PRICE_NOT_AVAILABLE'
  | 'UNSUPPORTED_COMBINATION';

/**
 * Thrown by every public simulator function when its input is invalid.
 * `field` names the offending input (a dotted path such as `strategy[1].weight`), `code` is stable
 * for programs, and `message` is a clear English sentence for people.
 */
export class SimInputError extends Error {
  /** Dotted path of the input that is wrong, e.g. `desiredCount` or `strategy[0].base`. */
  readonly field: string;
  /** Machine-readable reason. */
  readonly code: SimErrorCode;
  /** The same sentence in Japanese, where the rule that failed has one (src/aws strategy rules). */
  readonly messageJa: string | undefined;

  constructor(code: SimErrorCode, field: string, message: string, messageJa?: string) {
    super(message);
    this.name = 'SimInputError';
    this.code = code;
    this.field = field;
    this.messageJa = messageJa;
  }
}
