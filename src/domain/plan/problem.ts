/**
 * What a check of user input reports, in the shape the wizard kit shows in its
 * error summary: the field to link to and a Chinese message that says what is
 * wrong and how to fix it.
 */

/** One problem with one field. */
export interface Problem {
  /** Id of the input the message belongs to. */
  field: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

/** Problems that block the next step (errors) and those the user should read (warnings). */
export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
}
