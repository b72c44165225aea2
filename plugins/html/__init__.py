"""Web pages saved by a word processor (.htm, .html, .mht, .mhtml) through LibreOffice (plugin)."""
