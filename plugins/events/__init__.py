"""Events: the register of events named in the prose (plugin), the summary
tables of events by type (plugin), and the prose reader they share."""
