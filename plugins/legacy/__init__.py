"""Legacy word-processor files (.doc, .rtf, .odt) through LibreOffice (plugin)."""
