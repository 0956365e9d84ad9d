export { denseGram as denseGramForTest } from '../src/dense-gram.ts';
export * from '../src/index.ts';
