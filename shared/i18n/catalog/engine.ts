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
        duplicateEntry:
          'Dit projectbestand bevat "{{entry}}" meer dan eens (of nog eens met andere hoofdletters), zodat niet vast te stellen is welke versie geldt. Het is niet geopend; je huidige project is niet gewijzigd.',
      },
      name: {
        notClean:
          'De naam "{{name}}" bevat onzichtbare tekens of stuurtekens (zoals een tab, een regeleinde, een nulteken of een teken dat de schrijfrichting omkeert). Typ de naam opnieuw zonder die tekens.',
        tooLong: 'Deze naam is {{length}} tekens lang; een naam mag er hoogstens {{max}} hebben. Kies een kortere naam.',
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
        measureNotNumeric:
          'Van de kolom "{{column}}" kan geen gemiddelde worden berekend: ze bevat geen getallen, of niveaus (zoals E…A) die een rangorde zijn en geen meetschaal. Tel dan de rijen per groep.',
      },
      source: {
        inUse: 'De bron "{{source}}" wordt nog gebruikt in het recept of in een bewaarde weergave. Haal ze daar eerst weg.',
        unknown: 'Deze bron bestaat niet (meer) in dit project.',
      },
      view: {
        unknown: 'Deze weergave bestaat niet (meer).',
      },
      refresh: {
        columnMissingInRecipe:
          'De nieuwe versie van "{{source}}" heeft geen kolom "{{column}}" meer, en het recept gebruikt die nog. De bron is niet vervangen. Kies bij het inlezen welke kolom nu "{{column}}" moet heten (geef ze die naam), of haal eerst de stap met "{{column}}" uit het recept.',
        columnMissingInView:
          'De nieuwe versie van "{{source}}" heeft geen kolom "{{column}}" meer, en de bewaarde weergave "{{view}}" gebruikt die nog. De bron is niet vervangen. Kies bij het inlezen welke kolom nu "{{column}}" moet heten (geef ze die naam), of verwijder of pas eerst die weergave aan.',
        recipeDoesNotFit:
          'De nieuwe versie van "{{source}}" past niet meer bij het recept of een bewaarde weergave (kolom "{{column}}" heeft een ander type). De bron is niet vervangen. Kies bij het inlezen het vroegere type voor "{{column}}", of pas eerst de filter op die kolom aan.',
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
        duplicateEntry:
          'This project file holds "{{entry}}" more than once (or again with different capitals), so it cannot be told which version counts. It was not opened; your current project was not changed.',
      },
      name: {
        notClean:
          'The name "{{name}}" contains invisible or control characters (such as a tab, a line break, a NUL character or a character that reverses the writing direction). Type the name again without them.',
        tooLong: 'This name is {{length}} characters long; a name may have at most {{max}}. Choose a shorter name.',
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
        measureNotNumeric:
          'The column "{{column}}" cannot be averaged: it holds no numbers, or levels (such as E…A) that are a ranking rather than a scale. Count the rows per group instead.',
      },
      source: {
        inUse: 'The source "{{source}}" is still used by the recipe or a saved view. Remove it there first.',
        unknown: 'This source does not exist (any more) in this project.',
      },
      view: {
        unknown: 'This view does not exist (any more).',
      },
      refresh: {
        columnMissingInRecipe:
          'The new version of "{{source}}" no longer has a column "{{column}}", which the recipe still uses. The source was not replaced. When reading the file, choose which column should now be called "{{column}}" (give it that name), or first remove the step that uses "{{column}}" from the recipe.',
        columnMissingInView:
          'The new version of "{{source}}" no longer has a column "{{column}}", which the saved view "{{view}}" still uses. The source was not replaced. When reading the file, choose which column should now be called "{{column}}" (give it that name), or first delete or change that view.',
        recipeDoesNotFit:
          'The new version of "{{source}}" no longer fits the recipe or a saved view (column "{{column}}" has another type). The source was not replaced. When reading the file, choose the earlier type for "{{column}}", or first change the filter on that column.',
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
