"""Word documents: the `.docx` loader (plugin) and the charts it reads."""
