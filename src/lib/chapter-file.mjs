/**
 * Which edition an MDX file being compiled belongs to, for the remark and rehype plugins that act
 * on chapters only: 'en' for content/chapters/, the language code for content/chapters-<lang>/,
 * null for any other file.
 *
 *   chapterLanguage(file)   // 'ko' for …/content/chapters-ko/introduction.mdx
 */
const CHAPTER = /[\\/]content[\\/]chapters(?:-([a-z]{2}))?[\\/]/;

/** @param {{ path?: string; history?: string[] }} file a vfile */
export function chapterLanguage(file) {
  const m = CHAPTER.exec(String(file.path ?? file.history?.[0] ?? ''));
  return m ? (m[1] ?? 'en') : null;
}
