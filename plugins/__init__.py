"""The plugins that ship with esep.

Each module is an ordinary pluggy plugin, registered from ``DEFAULT_PLUGINS``
exactly as a third-party plugin is registered from its entry point.
"""

DEFAULT_PLUGINS = (
    "esep.plugins.text_loader",
    "esep.plugins.pdf_loader",
    "esep.plugins.docx_loader",
    "esep.plugins.vocab",
    "esep.plugins.headings",
    "esep.plugins.metadata",
    "esep.plugins.facts",
    "esep.plugins.evaluation",
    "esep.plugins.compare",
    "esep.plugins.serve",
    "esep.plugins.event_stats",
    "esep.plugins.checks",
    "esep.plugins.citations",
    "esep.plugins.ocr",
    "esep.plugins.ocr_repair",
    "esep.plugins.legacy_loader",
    "esep.plugins.branches", "esep.plugins.entities", "esep.plugins.events",
)
