/** The `sentiment` (AFINN) package ships no types: the one method the benches use. */
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number };
  }
}
