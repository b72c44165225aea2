"""The archivist's site: `esep serve` (plugin) and its pages inside Datasette."""
