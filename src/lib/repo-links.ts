/**
 * Links from the site into the course's repository: "Edit this page" (the file in the
 * repository's web editor) and "Report a problem" (a new issue from one of the forms in
 * .github/ISSUE_TEMPLATE/, with its fields prefilled). Pure functions of the repository's web
 * address and branch (course.repo and course.branch in course.config.mjs), so that a page at build
 * time and a demo island in the browser build the same links.
 *
 *   editUrl('https://github.com/o/r', 'main', 'content/chapters/x.mdx')
 *     // 'https://github.com/o/r/edit/main/content/chapters/x.mdx'
 *   chapterReportUrl(repo, { slug: 'x', title: 'X', url: 'https://…/chapters/x/' })
 *     // 'https://github.com/o/r/issues/new?template=text-error.yml&title=X%3A+&chapter=…'
 *   demoReportUrl(repo, chapter, { title: 'The demo', link: location.href })
 *
 * GitHub fills an issue form's field from the query parameter named like the field's `id`;
 * `body` is added for a repository without the forms (a fork that dropped them), where GitHub
 * puts it in a blank issue instead.
 */

/** The issue forms the site links to, and the ids of the fields it prefills in each. */
export const ISSUE_FORMS = {
  /** .github/ISSUE_TEMPLATE/demo-bug.yml */
  demo: { file: 'demo-bug.yml', fields: ['chapter', 'demo', 'settings'] },
  /** .github/ISSUE_TEMPLATE/text-error.yml */
  text: { file: 'text-error.yml', fields: ['chapter', 'page'] },
} as const;

export type IssueForm = keyof typeof ISSUE_FORMS;
type FieldOf<F extends IssueForm> = (typeof ISSUE_FORMS)[F]['fields'][number];

/** The chapter a link is about. */
export interface ChapterRef {
  /** The chapter's id, its file name without .mdx ("activation-functions"). */
  slug: string;
  title: string;
  /** The chapter's public address. */
  url: string;
}

/** A demo and the link that reopens it with the reader's current settings. */
export interface DemoRef {
  title: string;
  link: string;
}

/** Each segment of a path or branch name percent-encoded, the slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The repository's web editor for one file on one branch. */
export function editUrl(repo: string, branch: string, path: string): string {
  return `${repo}/edit/${encodePath(branch)}/${encodePath(path)}`;
}

/** The repository's page for one file on one branch. */
export function fileUrl(repo: string, branch: string, path: string): string {
  return `${repo}/blob/${encodePath(branch)}/${encodePath(path)}`;
}

/** A new issue from an issue form, with its title and fields prefilled. */
export function newIssueUrl<F extends IssueForm>(
  repo: string,
  form: F,
  title: string,
  fields: Partial<Record<FieldOf<F>, string>>,
): string {
  const q = new URLSearchParams({ template: ISSUE_FORMS[form].file, title });
  const lines: string[] = [];
  for (const id of ISSUE_FORMS[form].fields as readonly FieldOf<F>[]) {
    const value = fields[id];
    if (value === undefined || value === '') continue;
    q.set(id, value);
    lines.push(`${id}: ${value}`);
  }
  q.set('body', `${lines.join('\n')}\n\nWhat is wrong:\n`);
  return `${repo}/issues/new?${q}`;
}

function chapterField(c: ChapterRef): string {
  return `${c.title} (${c.slug})`;
}

/** "Report a problem" at the end of a chapter: the error-in-the-text form. */
export function chapterReportUrl(repo: string, chapter: ChapterRef): string {
  return newIssueUrl(repo, 'text', `${chapter.title}: `, { chapter: chapterField(chapter), page: chapter.url });
}

/** "Report a problem" in a demo: the bug-in-a-demo form, with the link to the current settings. */
export function demoReportUrl(repo: string, chapter: ChapterRef, demo: DemoRef): string {
  return newIssueUrl(repo, 'demo', `Demo "${demo.title}": `, {
    chapter: chapterField(chapter),
    demo: demo.title,
    settings: demo.link,
  });
}
