import { z } from 'zod';

/**
 * The Flemish reference framework for educational quality (OK/ROK, DOMAIN.md): 37 quality
 * expectations in 4 rubrics. Views and actions carry their codes as tags. The titles below are
 * short working titles (R3 and K2 as DOMAIN.md words them), not the framework's official
 * wording: they ship as data a school edits (a project keeps its own titles, `RokCatalog`).
 */
export const RokEntry = z.object({
  code: z.string().regex(/^[A-Z]{1,2}[0-9]{1,2}$/),
  rubric: z.enum(['results', 'learners', 'quality', 'policy']),
  title: z.string().min(1).max(500),
});
export type RokEntry = z.infer<typeof RokEntry>;

export const RokCatalog = z.array(RokEntry).max(200);
export type RokCatalog = z.infer<typeof RokCatalog>;

const entry = (code: string, rubric: RokEntry['rubric'], title: string): RokEntry => ({ code, rubric, title });

export const DEFAULT_ROK: RokCatalog = [
  entry('R1', 'results', 'Ontwikkeling van elke lerende op alle domeinen'),
  entry('R2', 'results', 'Bereiken van de doelen door de lerenden'),
  entry('R3', 'results', 'Maximale leerwinst'),
  entry('R4', 'results', 'Welbevinden van de lerenden'),
  entry('R5', 'results', 'Doorstroom en studieloopbaan'),
  entry('R6', 'results', 'Effecten op langere termijn'),
  entry('D1', 'learners', 'Doelen: gerealiseerde leerplannen en ontwikkelingsdoelen'),
  entry('D2', 'learners', 'Doelen: samenhang en afstemming'),
  entry('D3', 'learners', 'Doelen: hoge en haalbare verwachtingen'),
  entry('D4', 'learners', 'Doelen: aandacht voor alle lerenden'),
  entry('V1', 'learners', 'Aanbod: krachtige leeromgeving'),
  entry('V2', 'learners', 'Aanbod: differentiatie'),
  entry('V3', 'learners', 'Aanbod: leerlijnen en samenhang'),
  entry('V4', 'learners', 'Aanbod: leermiddelen en infrastructuur'),
  entry('B1', 'learners', 'Begeleiding: brede basiszorg'),
  entry('B2', 'learners', 'Begeleiding: verhoogde zorg'),
  entry('B3', 'learners', 'Begeleiding: samenwerking met ouders en partners'),
  entry('B4', 'learners', 'Begeleiding: studieloopbaan'),
  entry('O1', 'learners', 'Evaluatie: doelgericht evalueren'),
  entry('O2', 'learners', 'Evaluatie: valide en betrouwbaar evalueren'),
  entry('O3', 'learners', 'Evaluatie: feedback en rapportering'),
  entry('O4', 'learners', 'Evaluatie: gebruik van evaluatiegegevens'),
  entry('K1', 'quality', 'De school bewaakt haar kwaliteit met een gedragen visie'),
  entry(
    'K2',
    'quality',
    'De school evalueert haar werking cyclisch, systematisch en betrouwbaar vanuit de resultaten en effecten bij de lerenden',
  ),
  entry('K3', 'quality', 'De school stuurt haar werking bij en borgt wat werkt'),
  entry('BL1', 'policy', 'Gedeelde visie en strategisch beleid'),
  entry('BL2', 'policy', 'Leiderschap'),
  entry('BL3', 'policy', 'Participatie en overleg'),
  entry('BL4', 'policy', 'Communicatie'),
  entry('BL5', 'policy', 'Personeelsbeleid'),
  entry('BL6', 'policy', 'Professionalisering'),
  entry('BL7', 'policy', 'Middelen en infrastructuur'),
  entry('BL8', 'policy', 'Samenwerking met externe partners'),
  entry('BL9', 'policy', 'Organisatie en structuren'),
  entry('BL10', 'policy', 'Gelijke onderwijskansen'),
  entry('BL11', 'policy', 'Welzijn en veiligheid'),
  entry('BL12', 'policy', 'Regelgeving'),
];

/** The title of a code in a catalog, or the code itself when the catalog does not have it. */
export function rokTitle(catalog: RokCatalog, code: string): string {
  return catalog.find((e) => e.code === code)?.title ?? code;
}
