import { rm } from 'node:fs/promises';
import type { EngineChannel, Handlers } from '../../../shared/api/contract';
import type { RecoverySlot } from '../../../shared/api/contract/recovery';
import { WerkbankError } from '../../../shared/api/errors';
import { PROJECT_EXTENSION, type ProjectState } from '../../../shared/model/project';
import type { Session } from '../db/session';
import type { FileRegistry } from '../infra/files';
import { Project } from '../project/project';
import { openProject } from '../project/store';
import type { Journal, Recoverable } from './journal';

type RecoveryChannel = 'journal.status' | 'recovery.list' | 'recovery.open' | 'recovery.discard' | 'project.wipe';

export interface RecoveryDeps {
  journal: Journal | null;
  session: Session;
  files: FileRegistry;
  tempDir: string;
  serial: <Req, Res>(handler: (request: Req) => Promise<Res>) => (request: Req) => Promise<Res>;
  project(): Project;
  replace(next: Project, path?: string | null, recovered?: boolean): Promise<ProjectState>;
  /** Removes the engine's staged and temporary files (imports, uploads, downloads). */
  wiped(): Promise<void>;
}

/** The journal's calls (recovery after a crash) and wiping the open project. */
export function recoveryHandlers(deps: RecoveryDeps): Pick<Handlers<EngineChannel>, RecoveryChannel> {
  const { journal, serial } = deps;
  const list = async (): Promise<{ slots: RecoverySlot[] }> => ({ slots: journal ? (await journal.recoverable()).map(toSlot) : [] });
  return {
    'journal.status': serial(async () => ({ autosavedAt: deps.project().autosavedAt, openElsewhere: deps.project().openElsewhere })),
    'recovery.list': serial(list),
    'recovery.open': serial(async ({ slotId, passphrase }) => {
      if (!journal) throw new WerkbankError('errors.recovery.gone');
      const { meta, bytes } = await journal.peek(slotId);
      if (meta.encrypted && !passphrase) throw new WerkbankError('errors.project.needsPassphrase');
      // Opened like a file (checked whole, in fresh tables) before the slot is taken: a wrong
      // passphrase leaves both the slot and the open project as they were.
      const next = await openProject(deps.session, bytes, meta.fileName ?? 'project.werkbank', deps.tempDir, passphrase ?? null);
      try {
        await journal.adopt(slotId, meta);
      } catch (error) {
        await next.dispose();
        throw error;
      }
      next.fileName = meta.fileName;
      next.dirty = true;
      next.autosavedAt = meta.journaledAt;
      return deps.replace(next, null, true);
    }),
    'recovery.discard': serial(async ({ slotId }) => {
      if (!journal) throw new WerkbankError('errors.recovery.gone');
      await journal.discard(slotId);
      return list();
    }),
    'project.wipe': serial(async ({ fileId }) => {
      const path = fileId === null ? null : deps.files.resolve(fileId).path;
      if (path !== null && !path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) throw new WerkbankError('errors.project.wipeNotAProject');
      if (path !== null) await rm(path, { force: true });
      await journal?.end();
      await deps.wiped();
      return deps.replace(new Project(deps.session));
    }),
  };
}

function toSlot(r: Recoverable): RecoverySlot {
  return {
    slotId: r.slotId,
    fileName: r.meta?.fileName ?? null,
    name: r.meta?.name ?? null,
    encrypted: r.meta?.encrypted ?? false,
    journaledAt: r.meta?.journaledAt ?? null,
    savedAt: r.meta?.savedAt ?? null,
    damaged: r.damaged,
  };
}
