"""PDF: the loader (plugin), its page model, tables and layout, and the
reader of scanned pages (plugin: it explains OCR errors)."""
