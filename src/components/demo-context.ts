/**
 * What a DemoFrame tells the components inside it. A data table that waits for numbers while the
 * demo shows an error (a refused size, a failed run) will not get them: it says "not updated"
 * instead of "updating" (data-state="stopped"), whatever state the demo passed. A plot created
 * after the demo hydrated draws its marks a task later (plots/marks-ready.svelte.ts).
 */
import { createContext } from 'svelte';

export interface DemoFrameContext {
  /** The error the frame shows, if any. */
  readonly error: string | null;
  /** True once the demo's island has hydrated: a component created after that is a new part of the page. */
  readonly hydrated: boolean;
}

export const [getDemoFrame, setDemoFrame, inDemoFrame] = createContext<DemoFrameContext>();
