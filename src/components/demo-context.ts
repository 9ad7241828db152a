/**
 * What a DemoFrame tells the components inside it. A data table that waits for numbers while the
 * demo shows an error (a refused size, a failed run) will not get them: it says "not updated"
 * instead of "updating" (data-state="stopped"), whatever state the demo passed.
 */
import { createContext } from 'svelte';

export interface DemoFrameContext {
  /** The error the frame shows, if any. */
  readonly error: string | null;
}

export const [getDemoFrame, setDemoFrame, inDemoFrame] = createContext<DemoFrameContext>();
