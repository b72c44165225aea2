"""The plugins that ship with esep.

Each module is an ordinary pluggy plugin, registered from ``DEFAULT_PLUGINS``
exactly as a third-party plugin is registered from its entry point.
"""

DEFAULT_PLUGINS = (
    "esep.plugins.text.loader",
    "esep.plugins.pdf.plugin",
    "esep.plugins.docx.loader",
    "esep.plugins.vocab",
    "esep.plugins.headings",
    "esep.plugins.metadata",
    "esep.plugins.organizations",
    "esep.plugins.facts.plugin",
    "esep.plugins.evaluation",
    "esep.plugins.compare",
    "esep.plugins.site.serve",
    "esep.plugins.events.stats",
    "esep.plugins.checks",
    "esep.plugins.citations",
    "esep.plugins.ocr_repair",
    "esep.plugins.legacy_fonts",
    "esep.plugins.legacy.loader",
    "esep.plugins.html.loader",
    "esep.plugins.sheets.loader",
    "esep.plugins.branches", "esep.plugins.entities", "esep.plugins.events.register",
)
