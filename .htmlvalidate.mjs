// @ts-check
/**
 * html-validate settings for the built site (test/build/html-valid.test.ts).
 *
 * A JavaScript config so every rule we change can say why; html-validate 10
 * looks for .htmlvalidate.{json,mjs,cjs,js} next to each file and upwards.
 * Only rules that clash with deliberate, valid markup are changed: problems
 * in our own templates are fixed in src/, never switched off here.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: [
    'html-validate:recommended',
    // We validate whole built documents, so also check doctype, heading
    // levels, labels for inputs and that aria-* ids point at something.
    'html-validate:document',
  ],
  rules: {
    // Lists carry a name on purpose: "Skills", "Search results", "Companies".
    // ARIA allows naming the list role and screen readers announce it
    // ("Skills, list, 3 items"), which tells apart the several lists on a
    // card or page. The rule still rejects aria-label where naming is not
    // allowed at all (e.g. on a <div> or <span> without a role).
    'aria-label-misuse': ['error', { allowAnyNamable: true }],

    // The search filters are groups of checkboxes sharing one name
    // (category=engineering&category=design), the standard way HTML forms
    // send several values; the URL state and the no-JavaScript form rely on
    // it. Names must still be unique across other kinds of control.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],

    // Off: a 70-character cap is a search-engine display heuristic, not an
    // HTML rule. A job's title is "<listing title> at <company> · <board>",
    // and listing titles may be up to 120 characters (the schema's limit),
    // so the rule would fail on editors' content rather than on markup.
    'long-title': 'off',

    // Subresource integrity protects files from other origins (CDNs). Every
    // script and stylesheet here is served from our own origin (the CSP
    // allows nothing else), where an integrity hash adds nothing. Any
    // cross-origin script or stylesheet added later must still carry one.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});
