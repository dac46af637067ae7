/** Dutch strings of sealed (encrypted) files. */
export const sealed = {
  errors: {
    project: {
      needsPassphrase: 'Dit project is versleuteld. Geef het wachtwoord om het te openen.',
    },
    sealed: {
      emptyPassphrase: 'Geef een wachtwoord.',
      notSealed: 'Dit bestand is niet versleuteld.',
      wrongPassphrase: 'Het wachtwoord klopt niet (of de kop van het bestand werd gewijzigd). Er is niets geopend of veranderd.',
      damaged: 'Dit versleutelde bestand is beschadigd of werd gewijzigd en kan niet worden geopend. Er is niets geopend of veranderd.',
      newerVersion: 'Dit versleutelde bestand komt van een nieuwere versie van de werkbank (versie {{found}}; deze versie kent {{supported}}).',
    },
  },
} as const;
