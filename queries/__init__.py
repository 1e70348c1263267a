"""Named SPARQL queries (data package: one .rq file per query)."""
