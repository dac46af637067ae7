import { createContext, useContext } from 'react';
import type { Workbench } from './useWorkbench';

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWb(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useWb outside WorkbenchContext');
  return wb;
}
