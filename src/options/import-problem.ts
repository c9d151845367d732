import type { Lang } from '../pages/types';
import { MAX_PROFILES } from '../settings/constants';
import type { ImportProblem, Where } from '../settings/import';
import { formatKb, type OptionsText } from './text';

/** Where in the file, in words: ['profiles', 2, 'label'] → " (in person 3, name)". */
function where(t: OptionsText, path: Where): string {
  const words: string[] = [];
  path.forEach((part, index) => {
    if (typeof part === 'number') {
      if (path[index - 1] === 'profiles') words.splice(-1, 1, t.where_person(part + 1));
      return;
    }
    const known = (t as unknown as Record<string, unknown>)[`field_${part}`];
    words.push(typeof known === 'string' ? known : `“${part}”`);
  });
  return words.length > 0 ? t.where_in(words.join(', ')) : '';
}

/** What is wrong with an imported file, in the person's language. Field names from the file are shown as text only. */
export function problemText(t: OptionsText, lang: Lang, problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t.problem_tooLarge(formatKb(problem.bytes, lang, t), formatKb(problem.limit, lang, t));
    case 'empty':
      return t.problem_empty;
    case 'not-json':
      return t.problem_notJson;
    case 'not-settings':
      return t.problem_notSettings;
    case 'bad-version':
      return t.problem_badVersion;
    case 'newer-version':
      return t.problem_newerVersion(problem.version);
    case 'unknown-field':
      return t.problem_unknownField(problem.field.slice(0, 40), where(t, problem.where));
    case 'bad-value':
      return t.problem_badValue(where(t, problem.where));
    case 'hostile-text':
      return t.problem_hostileText(where(t, problem.where));
    case 'duplicate-person':
      return t.problem_duplicatePerson(problem.id);
    case 'no-people':
      return t.problem_noPeople;
    case 'too-many-people':
      return t.problem_tooManyPeople(problem.count, MAX_PROFILES);
    case 'unknown-active':
      return t.problem_unknownActive;
  }
}
