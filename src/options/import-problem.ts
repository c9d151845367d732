import type { Lang } from '../pages/types';
import type { Aside, ImportProblem, Where } from '../settings/backup/import';
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
    words.push(typeof known === 'string' ? known : `“${part.slice(0, 40)}”`);
  });
  return words.length > 0 ? t.where_in(words.join(', ')) : '';
}

/** Why a file cannot be imported at all, in the person's language. */
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
    case 'no-people':
      return t.problem_noPeople;
  }
}

/** What an import keeps as it is or leaves out, in the person's language. Field names from the file are shown as text only. */
export function asideText(t: OptionsText, aside: Aside): string {
  switch (aside.code) {
    case 'newer-version':
      return t.aside_newerVersion(aside.version);
    case 'unknown-field':
      return t.aside_unknownField(aside.field.slice(0, 40), where(t, aside.where));
    case 'unknown-value':
      return t.aside_unknownValue(where(t, aside.where));
    case 'unknown-bank':
      return t.aside_unknownBank(where(t, aside.where));
    case 'cleaned-name':
      return t.aside_cleanedName(where(t, aside.where));
    case 'left-out':
      return t.aside_leftOut(where(t, aside.where));
  }
}
