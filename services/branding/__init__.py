"""Branding: what customers see in the hosted customer portal, and how to change it (no Qt).

The Branding panel (``widgets.branding``) draws a live preview of Stripe's hosted customer
portal; everything it decides lives here, free of Qt, so tests and scripts can use it:

- :mod:`.colors` -- hex colour validation, WCAG 2.1 contrast and the nearest passing colour;
- :mod:`.accessibility` -- the contrast checks of button text and links, with suggestions;
- :mod:`.images` -- Stripe's format, size and dimension limits for icons and logos, checked
  before anything is uploaded, and resolution warnings;
- :mod:`.locales` and :mod:`.portal_strings` -- the 40 portal locales and the preview's own
  strings in each of them;
- :mod:`.model` -- accounts, their branding and portal configurations as the panel uses them;
- :mod:`.preview` -- builds the page (sections, texts, colours) a configuration produces;
- :mod:`.connect` -- whose branding customers see for each Connect charge type, and whether
  the platform may change an account's branding through the API;
- :mod:`.repository` (cache reads), :mod:`.remote` (Stripe calls), :mod:`.drafts` (unsaved
  edits kept on disk) and :mod:`.atomic` (atomic file writes).
"""
