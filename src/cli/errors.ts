/** Errors the command line reports as the user's mistake, each with its exit code. */
export class UsageError extends Error {
  readonly exitCode: number = 2;
}

export class NotFoundError extends Error {
  readonly exitCode: number = 3;
}
