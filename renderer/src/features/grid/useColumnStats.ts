import { useEffect, useState } from 'react';
import type { TableStats } from '../../../../shared/model/column-stats';
import type { Recipe } from '../../../../shared/model/recipe';
import { useApi } from '../../state/hooks';

/**
 * The column stats of a recipe's result (the engine computes them once per result and keeps
 * them with it); null until they arrive, or when they could not be computed: the headers then
 * show names only. `version` changes when a source's data changes.
 */
export function useColumnStats(recipe: Recipe, version: string): TableStats | null {
  const api = useApi();
  const key = `${JSON.stringify(recipe)}|${version}`;
  const [found, setFound] = useState<{ key: string; stats: TableStats } | null>(null);

  useEffect(() => {
    let live = true;
    api['table.columnStats']({ recipe }).then(
      (stats) => live && setFound({ key, stats }),
      // The grid's own page request meets the same problem and reports it; one banner is enough.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // The key stands for the recipe and the data version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);

  return found?.key === key ? found.stats : null;
}
