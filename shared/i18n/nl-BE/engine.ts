/**
 * Strings of the engine area: errors.project/name/file/recipe/source/view/refresh.* and engine.*.
 * Dutch (Flemish usage) is the reference: en/engine.ts is typed against it.
 */
export const engine = {
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
      runStoppedAtStep:
        'Het recept stopt bij stap {{step}} ({{kind}}), die niet meer bij de bestanden past: {{reason}} Er is geen resultaat weggeschreven. Pas de stap aan, of geef de kolom in de importopties van die bron in het receptbestand haar oude naam, en voer het recept opnieuw uit.',
      runMissingSource: 'Er is geen bestand opgegeven voor de bron "{{source}}" van het recept.',
      keyCountMismatch: 'Een koppeling heeft evenveel sleutelkolommen links ({{left}}) als rechts ({{right}}) nodig.',
      badFilterValue: 'De waarde "{{value}}" past niet bij de kolom "{{column}}".',
      stackMissingColumns:
        'De rijen van "{{source}}" kunnen niet onder de tabel: die bron mist de kolommen {{columns}}. Onder elkaar zetten kan alleen met bronnen die dezelfde kolommen hebben.',
      stackExtraColumns:
        'De rijen van "{{source}}" kunnen niet onder de tabel: die bron heeft kolommen die de tabel niet heeft ({{columns}}). Onder elkaar zetten kan alleen met bronnen die dezelfde kolommen hebben.',
      stackTypeDiffers:
        'De rijen van "{{source}}" kunnen niet onder de tabel: de kolom "{{column}}" heeft er een ander type (bv. tekst in plaats van getallen). Kies bij het inlezen van "{{source}}" hetzelfde type.',
      measureRequired: 'Kies een kolom om het gemiddelde van te berekenen.',
      measureNotNumeric:
        'Van de kolom "{{column}}" kan geen gemiddelde worden berekend: ze bevat geen getallen, of niveaus (zoals E…A) die een rangorde zijn en geen meetschaal. Tel dan de rijen per groep.',
      aggregateNotNumeric:
        'Van de kolom "{{column}}" kan geen gemiddelde, mediaan, standaardafwijking of som worden berekend: ze bevat geen getallen, of niveaus (zoals E…A) die een rangorde zijn en geen meetschaal. Tel dan de rijen, of kies het kleinste of grootste niveau.',
      valueDoesNotFit: 'De waarde "{{value}}" past niet bij de kolom "{{column}}".',
      duplicateColumnName: 'De naam "{{name}}" komt meer dan eens voor in het resultaat (hoofdletters tellen niet mee). Kies voor elke kolom een andere naam.',
      reservedColumnName: 'De naam "{{name}}" begint met "__"; zulke namen gebruikt de werkbank zelf. Kies een andere naam.',
      emptyColumnName: 'Elke kolom heeft een naam nodig.',
      pivotMeasureRequired: 'Kies de kolom waarvan de waarden in de cellen komen.',
      pivotValueTwice: 'De waarde "{{value}}" van "{{column}}" staat meer dan eens in de lijst.',
      columnChosenTwice: 'De kolom "{{column}}" is meer dan eens gekozen.',
    },
    source: {
      inUse: 'De bron "{{source}}" wordt nog gebruikt in het recept of in een bewaarde weergave. Haal ze daar eerst weg.',
      unknown: 'Deze bron bestaat niet (meer) in dit project.',
      nameEmpty: 'Een bron heeft een naam nodig.',
      nameTaken: 'Er is al een bron die "{{name}}" heet (hoofdletters tellen niet mee). Kies een andere naam.',
      renameBreaksRecipe:
        'De bron "{{source}}" kan niet "{{name}}" gaan heten: het recept gebruikt de kolom "{{column}}", die naar de bron genoemd is. Pas eerst die stap aan.',
      renameBreaksView:
        'De bron "{{source}}" kan niet "{{name}}" gaan heten: de bewaarde weergave "{{view}}" gebruikt de kolom "{{column}}", die naar de bron genoemd is. Pas eerst die weergave aan.',
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
    joinMultipliesRows:
      'De koppeling met "{{source}}" op {{keys}} vermenigvuldigt rijen: {{repeated}} rijen vinden meer dan één partner, zodat {{before}} rijen er {{result}} worden. Duidt {{keys}} wel elke rij eenduidig aan (zoals een stamboeknummer, en niet een klas)?',
    groupSkippedEmpty:
      '"{{name}}" is berekend zonder de lege waarden van "{{column}}" (aantal overgeslagen: {{count}}); "{{n}}" telt alle rijen van elke groep.',
    pivotUnlisted:
      'Rijen met een waarde van "{{column}}" die niet in de lijst staat, tellen niet mee: {{rows}} rijen, {{values}} verschillende waarden (bv. {{examples}}).',
    pivotEmpty: 'Rijen zonder waarde in "{{column}}" tellen niet mee: {{rows}} rijen.',
    pivotFirstDropped:
      'Cellen met meer dan één rij voor dezelfde waarde van "{{column}}": {{cells}}. Enkel de eerste rij telt; kies "gemiddelde", "som" of "aantal" om ze allemaal mee te tellen.',
    unpivotAsText: 'De kolommen {{columns}} hebben verschillende types: de waarden in "{{value}}" zijn tekst geworden.',
    runColumnRebound:
      'In het bestand voor "{{source}}" heet de kolom "{{from}}"; het recept noemt ze "{{to}}". Ze is als "{{to}}" ingelezen (ze verschilt enkel in hoofdletters, accenten of spaties).',
  },
} as const;
