"""The wsis-kg ontology, SHACL shapes, reference data and gazetteers (data package)."""
