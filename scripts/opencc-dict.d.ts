/** opencc-js ships no types for its dictionary modules: each default-exports "trad simp|trad simp|…". */
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
