/**
 * Strings of the journal: autosave, recovering work after a crash, another window with the same
 * project, and wiping a project. Dutch (Flemish usage) is the reference: en/journal.ts is typed against it.
 */
export const journal = {
  errors: {
    recovery: {
      damaged: 'Dit bewaarde werk is beschadigd (de controlesom klopt niet) en kan niet worden geopend. U kunt het alleen verwijderen; uw opgeslagen bestand is niet aangeraakt.',
      gone: 'Dit bewaarde werk is er niet meer of is al geopend in een ander venster.',
    },
    project: {
      wipeNotAProject: 'Alleen een projectbestand (.werkbank) kan worden gewist.',
    },
  },
  ui: {
    journal: {
      autosaved: 'Automatisch bewaard om {{time}}',
      autosavedHint: 'Niet-opgeslagen werk wordt elke paar seconden bewaard in uw gebruikersmap (versleuteld als het project versleuteld is). Na een crash biedt de werkbank het aan. Uw projectbestand verandert pas als u opslaat.',
      openElsewhere: 'Dit project is ook geopend in een ander venster van de werkbank. Wat u in beide bewaart, overschrijft elkaar: werk in één venster.',
      recovery: {
        title: 'Niet-opgeslagen werk gevonden',
        intro: 'De werkbank werd afgesloten zonder dat dit werk werd opgeslagen (bv. een crash of een lege batterij). Uw opgeslagen bestanden zijn niet aangeraakt.',
        unnamed: 'Nieuw project (nooit opgeslagen)',
        encryptedName: 'Versleuteld project',
        journaledAt: 'Bewaard op {{when}}',
        savedAt: 'Laatst opgeslagen op {{when}}',
        neverSaved: 'Nooit opgeslagen',
        damaged: 'Beschadigd: kan niet worden geopend',
        open: 'Herstellen',
        discard: 'Verwijderen',
        discardConfirm: 'Het bewaarde werk van {{name}} definitief verwijderen? Het opgeslagen bestand blijft zoals het is.',
        later: 'Later',
        passphrase: 'Wachtwoord van het versleutelde project',
        opening: 'Bezig met herstellen…',
        recovered: 'Hersteld werk: sla het op om het te bewaren.',
      },
      wipe: {
        short: 'Wissen…',
        action: 'Project wissen van deze computer…',
        title: 'Project wissen',
        intro: 'Dit wist van deze computer:',
        journal: 'het automatisch bewaarde werk van dit project',
        temp: 'de tijdelijke bestanden van de werkbank (ingelezen en klaargezette bestanden, downloads)',
        file: 'het projectbestand {{file}}',
        fileChoose: 'Ook het projectbestand zelf wissen…',
        noFile: 'het projectbestand zelf blijft staan',
        ssd: 'Op een SSD kan het besturingssysteem een gewist bestand niet gegarandeerd overschrijven. Bewaar projecten met leerlingengegevens daarom versleuteld.',
        confirm: 'Wissen',
        cancel: 'Annuleren',
        done: 'Het project is gewist.',
      },
    },
  },
} as const;
