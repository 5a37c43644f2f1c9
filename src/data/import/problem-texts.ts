// The problems only the import of own files reports (and check:data, which runs it); their German
// texts are in messages/de/import-problems.ts, loaded with the import chunk.
import { problemsOf } from '../problem-messages';
import { importProblemTexts } from '../../messages/import-problems';

export const problem = problemsOf(() => importProblemTexts);
