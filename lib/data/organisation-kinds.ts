/**
 * The kinds of organisation, in the order the slides list them (the most
 * numerous first, in practice). A module of its own, with no import: the
 * slides' views need the list, and importing it from the schema would bring
 * zod and every schema into the page.
 */
export const organisationKinds = ['company', 'university', 'research-institute', 'hospital', 'public-body', 'media'] as const
export type OrganisationKind = typeof organisationKinds[number]
