/**
 * Every element the extension puts into a page lives in a shadow root of this mode: closed, so the
 * page can neither read nor restyle it. (The accessibility tests build a gallery of the same UI with
 * this module swapped for an open one, so that axe can look inside; the product never changes it.)
 */
export const SHADOW_MODE: ShadowRootMode = 'closed';
