"""Facts: the extractor (plugin) and its readers of tables and prose."""
