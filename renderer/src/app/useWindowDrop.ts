import { useEffect, useRef } from 'react';
import { useWorkbench } from '../state/hooks';

/** Whether a drag carries files (not text or a link). */
const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dropped anywhere on the window are taken: a `.werkbank` opens as the project, other files
 * go to the import dialog (state/slices/import.ts), in a new project when none is open. A drop a part of the screen handled itself
 * (the sources panel) is left to it; the browser never navigates to a dropped file.
 */
export function useWindowDrop(): void {
  const importDropped = useWorkbench((s) => s.importDropped);
  const newProject = useWorkbench((s) => s.newProject);
  const hasProject = useRef(false);
  hasProject.current = useWorkbench((s) => s.project !== null);
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      const handled = e.defaultPrevented;
      e.preventDefault();
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (handled || files.length === 0) return;
      // On the welcome screen a dropped data file starts a new project (a .werkbank opens as it is).
      const start = hasProject.current || files.some((f) => f.name.toLowerCase().endsWith('.werkbank')) ? Promise.resolve() : newProject();
      void start.then(() => importDropped(files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importDropped, newProject]);
}
