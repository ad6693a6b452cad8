// linebreak (UAX #14) ships JavaScript without type declarations.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may start, or null at the end of the text. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
