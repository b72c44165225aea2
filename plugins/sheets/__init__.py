"""Reports kept as spreadsheets: Excel workbooks, OpenDocument sheets, CSV."""
