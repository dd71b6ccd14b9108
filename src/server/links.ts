// The add-on's public pages, in one place: the Help dialog links the help page, and store/listing.md lists
// the same addresses for the Marketplace listing. Before publishing, host docs/ at these addresses (or
// change them here and in store/listing.md together; tests/store/listing.test.ts checks they agree).
export const LINKS = {
  help: 'https://distmodel.github.io/distmodel/help',
  privacy: 'https://distmodel.github.io/distmodel/privacy',
  terms: 'https://distmodel.github.io/distmodel/terms',
  support: 'https://github.com/distmodel/distmodel/issues',
} as const;
