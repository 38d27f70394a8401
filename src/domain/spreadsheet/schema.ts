/** A change made to a cell's text while cleaning it, named so the user can read what happened. */
export type CleaningKind =
  | 'invisible'
  | 'controlCharacter'
  | 'outerSpace'
  | 'innerSpace'
  | 'fullWidth'
  | 'lowerCaseX'
  | 'middleDot'
  | 'separator';

/** The cleaned text and what cleaning did to it. */
export interface CleanedText {
  text: string;
  kinds: CleaningKind[];
}
