"""The bottom layer that every stage shares: configuration, errors, the store, the
vocabulary, packaged resources, reference data and the actor-network analysis.

Nothing here imports ``wsiskg.ingest``, ``wsiskg.server`` or the command line.
"""
