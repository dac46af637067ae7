import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { call, Empty } from './common';

/** Work a run left in the journal without saving it (a crash, `kill -9`, a flat battery). */
export const RecoverySlot = z.object({
  slotId: z.string(),
  /** The file it was opened from or last saved to; null for a project never saved. */
  fileName: z.string().nullable(),
  /** The project's name; null when the project is encrypted (the journal does not tell it in plain). */
  name: z.string().nullable(),
  encrypted: z.boolean(),
  /** When the journal last wrote the work, and when the project was last saved in that run (ISO). */
  journaledAt: z.string().nullable(),
  savedAt: z.string().nullable(),
  /** Fails its checksum: it cannot be opened, only removed. */
  damaged: z.boolean(),
});
export type RecoverySlot = z.infer<typeof RecoverySlot>;

const SlotId = z.string().regex(/^[0-9a-f]{16}$/);

/** The journal's side: what can be recovered, recovering it, letting it go; and wiping the open project. */
export const recoveryCalls = {
  /** When the journal last held the open project's unsaved work, and whether another window has its file open. */
  'journal.status': call('engine', Empty, z.object({ autosavedAt: z.string().nullable(), openElsewhere: z.boolean() })),
  'recovery.list': call('engine', Empty, z.object({ slots: z.array(RecoverySlot) })),
  /** Opens the work as the current project (unsaved: the file it came from is not touched). */
  'recovery.open': call('engine', z.object({ slotId: SlotId, passphrase: z.string().min(1).max(1024).optional() }), ProjectState),
  'recovery.discard': call('engine', z.object({ slotId: SlotId }), z.object({ slots: z.array(RecoverySlot) })),
  /**
   * Wipes the open project from this machine: its journal, its staged and temporary files, and
   * (`fileId`) the project file the user chose; a new empty project is open after.
   */
  'project.wipe': call('engine', z.object({ fileId: z.string().nullable() }), ProjectState),
} as const;
