/** AWS-style errors thrown by `emulator.call` (a `name` such as `ClientException` and AWS's message). */

/** An error as the AWS API returns it: `name` is the exception type, `message` its text. */
export class AwsServiceError extends Error {
  override readonly name: string;
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** Throws a `ClientException` (the caller's request is wrong). */
export function clientError(message: string): never {
  throw new AwsServiceError('ClientException', message);
}

/** Throws an `InvalidParameterException`. */
export function invalidParameter(message: string): never {
  throw new AwsServiceError('InvalidParameterException', message);
}

/** Throws an Application Auto Scaling `ValidationException`. */
export function validationError(message: string): never {
  throw new AwsServiceError('ValidationException', message);
}
