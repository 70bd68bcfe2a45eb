/**
 * Text a person typed that others will read (a class name, a learner's name): the same letters
 * must look the same and compare the same. NFKC folds look-alike forms (fullwidth letters,
 * ligatures, non-breaking spaces); runs of white space become one space.
 */
export const normalizeText = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, ' ').trim();

/**
 * Characters that change how text around them is shown without being seen themselves:
 * bidirectional overrides and isolates (which can make "Ada" display as another name), zero-width
 * and other invisible characters (which make two names look alike), and control characters.
 */
const HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\u2028\u2029]/u;

export const hasHiddenCharacters = (text: string): boolean => HIDDEN.test(text);
