import en from '../../public/_locales/en/messages.json';

/** The real English messages with Chrome's $1 substitution, for lib tests that take a `words` function. */
export function englishWords(key: string, substitutions: string[] = []): string {
  const message = (en as Record<string, { message: string }>)[key]?.message;
  if (message === undefined) throw new Error(`no English message ${key}`);
  return message.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
}
