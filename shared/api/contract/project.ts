import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { call, Empty, FileRef } from './common';

/** The open project: new, demo, open, save. */
export const projectCalls = {
  'project.new': call('engine', Empty, ProjectState),
  'project.demo': call('engine', Empty, ProjectState),
  'project.get': call('engine', Empty, ProjectState),
  /** `passphrase`: for an encrypted project file (without one it is refused with `errors.project.needsPassphrase`). */
  'project.open': call('engine', z.object({ fileId: z.string(), passphrase: z.string().min(1).max(1024).optional() }), ProjectState),
  /** Saves atomically to the chosen file, or (fileId null) to a new file the shell hands out as a download. */
  'project.save': call(
    'engine',
    z.object({ fileId: z.string().nullable(), passphrase: z.string().min(1).max(1024).optional() }),
    z.object({ state: ProjectState, file: FileRef }),
  ),
  /**
   * Renames a source: refused when the name is not clean, empty, another source's (without
   * regard to case), or would leave the recipe or a view without a column it uses.
   */
  'source.rename': call('engine', z.object({ sourceId: z.string(), name: z.string() }), ProjectState),
} as const;
