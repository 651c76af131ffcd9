"""flows/files/: the user's files on disk: YAML config files, story files, the stories a run
follows, article files and their manifest."""
