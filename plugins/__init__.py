"""The plugins that ship with esep.

Each module is an ordinary pluggy plugin, registered from ``DEFAULT_PLUGINS``
exactly as a third-party plugin is registered from its entry point.
"""

DEFAULT_PLUGINS = (
    "esep.plugins.text_loader",
    "esep.plugins.vocab",
    "esep.plugins.headings",
    "esep.plugins.evaluation",
)
