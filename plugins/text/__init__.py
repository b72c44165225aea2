"""Plain-text exports of Word reports: the `.txt` loader (plugin)."""
