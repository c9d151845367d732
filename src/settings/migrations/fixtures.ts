// Test data for the migrations' specs.

// Values exactly as the first release (settings version 1) wrote them, copied from storage: its
// first build (profiles of id, label, method, bank) and its last (with what was seen on the pages).
export const V1_FIRST_BUILD = {
  profiles: [{ id: 'me', label: '', method: 'sign-in-partner', partner: 'tangerine' }],
  activeProfile: 'me',
  hiddenPages: ['gckey/info'],
};
export const V1_LAST_BUILD = {
  profiles: [
    {
      id: 'me',
      label: '',
      method: 'gckey',
      partner: null,
      lastUsed: { method: 'gckey', partner: null, at: 1764085200000 },
      newGckeyAt: null,
    },
    {
      id: 'p-mie7x2k0-4f9a1c',
      label: 'Maria',
      method: 'sign-in-partner',
      partner: 'rbc',
      lastUsed: { method: 'sign-in-partner', partner: 'rbc', at: 1764088800000 },
      newGckeyAt: null,
    },
    {
      id: 'p-mie7y0aa-0b2c3d',
      label: 'Client 12 (Ahmed)',
      method: null,
      partner: null,
      lastUsed: null,
      newGckeyAt: 1764090000000,
    },
  ],
  activeProfile: 'p-mie7x2k0-4f9a1c',
  hiddenPages: ['gckey/info', 'secure-account/terms'],
};
export const V2_ADDED = {
  hiddenServices: [],
  disabled: false,
  language: 'page',
  theme: 'system',
  deletedProfiles: [],
  prefsChangedAt: 0,
};
