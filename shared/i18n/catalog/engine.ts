/** Strings of the engine area. Keep 'nl-BE' and 'en' with the same keys (a test checks). */
export const engine = {
  'nl-BE': {
    errors: {
      project: {
        notAProject: 'Dit bestand is geen project van de Datateam Werkbank.',
        corrupt: 'Dit projectbestand is beschadigd en kan niet worden geopend. Je huidige project is niet gewijzigd.',
        newerVersion:
          'Dit project werd bewaard met een nieuwere versie van de werkbank (bestandsversie {{found}}; deze versie leest tot {{supported}}). Werk de Datateam Werkbank bij om het te openen.',
        saveFailed: 'Het project kon niet worden bewaard ({{detail}}). Het bestaande bestand is niet gewijzigd.',
      },
      file: {
        unknown: 'Dit bestand is niet (meer) beschikbaar. Kies het opnieuw.',
      },
      recipe: {
        unknownColumn: 'De kolom "{{column}}" bestaat niet (meer) in deze tabel.',
        unknownSource: 'De bron "{{source}}" bestaat niet (meer) in dit project.',
        keyCountMismatch: 'Een koppeling heeft evenveel sleutelkolommen links ({{left}}) als rechts ({{right}}) nodig.',
        badFilterValue: 'De waarde "{{value}}" past niet bij de kolom "{{column}}".',
        measureRequired: 'Kies een kolom om het gemiddelde van te berekenen.',
        measureNotNumeric: 'Van de kolom "{{column}}" kan geen gemiddelde worden berekend: ze bevat geen getallen.',
      },
      source: {
        inUse: 'De bron "{{source}}" wordt nog gebruikt in het recept of in een bewaarde weergave. Haal ze daar eerst weg.',
        unknown: 'Deze bron bestaat niet (meer) in dit project.',
      },
      view: {
        unknown: 'Deze weergave bestaat niet (meer).',
      },
    },
    engine: {
      joinMatchedNothing: 'Geen enkele rij vond een partner in "{{source}}". Kloppen de sleutelkolommen?',
      joinDuplicateKeys:
        'Sommige sleutels komen meer dan eens voor ({{left}} links, {{right}} in "{{source}}"): zulke rijen worden verdubbeld.',
      joinEmptyKeys: 'Rijen zonder sleutel ({{left}} links, {{right}} in "{{source}}") vinden nooit een partner.',
      filterMatchedNothing: 'De filter op "{{column}}" laat geen enkele rij over.',
    },
  },
  en: {
    errors: {
      project: {
        notAProject: 'This file is not a Datateam Werkbank project.',
        corrupt: 'This project file is damaged and cannot be opened. Your current project was not changed.',
        newerVersion:
          'This project was saved by a newer version of the workbench (file version {{found}}; this version reads up to {{supported}}). Update the Datateam Werkbank to open it.',
        saveFailed: 'The project could not be saved ({{detail}}). The existing file was not changed.',
      },
      file: {
        unknown: 'This file is no longer available. Please choose it again.',
      },
      recipe: {
        unknownColumn: 'The column "{{column}}" does not exist (any more) in this table.',
        unknownSource: 'The source "{{source}}" does not exist (any more) in this project.',
        keyCountMismatch: 'A join needs as many key columns on the left ({{left}}) as on the right ({{right}}).',
        badFilterValue: 'The value "{{value}}" does not fit the column "{{column}}".',
        measureRequired: 'Choose a column to average.',
        measureNotNumeric: 'The column "{{column}}" cannot be averaged: it does not hold numbers.',
      },
      source: {
        inUse: 'The source "{{source}}" is still used by the recipe or a saved view. Remove it there first.',
        unknown: 'This source does not exist (any more) in this project.',
      },
      view: {
        unknown: 'This view does not exist (any more).',
      },
    },
    engine: {
      joinMatchedNothing: 'No row found a partner in "{{source}}". Are the key columns right?',
      joinDuplicateKeys:
        'Some keys occur more than once ({{left}} on the left, {{right}} in "{{source}}"): such rows are multiplied.',
      joinEmptyKeys: 'Rows without a key ({{left}} on the left, {{right}} in "{{source}}") never find a partner.',
      filterMatchedNothing: 'The filter on "{{column}}" leaves no rows.',
    },
  },
} as const;
