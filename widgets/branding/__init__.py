"""The Branding panel: a live preview of the hosted customer portal, and branding edits.

``panel.BrandingPanel`` is the panel (``desktop.panels`` builds it); the preview is drawn
by ``portal_painter`` with QPainter; ``editor`` holds the colour and image fields and the
accessibility checks; ``grid`` shows every connected account's branding side by side;
``render_examples`` writes the README screenshots. The decisions live in
``services.branding`` (no Qt).
"""
