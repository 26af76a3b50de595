// html-validate: the recommended rules, minus these (each fires on markup that is correct):
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <!DOCTYPE html>; both spellings are valid HTML.
    'doctype-style': 'off',
    // Astro writes void elements as <meta ...>; the style of void tags is a matter of taste.
    'void-style': 'off',
    // The search form submits with Enter (one text field: implicit submission); it has no
    // submit button because one would do nothing the Enter key does not, and a hidden one
    // would be a focus stop that nobody sees.
    'wcag/h32': 'off',
  },
};
