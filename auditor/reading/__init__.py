"""Reading: turn a file into a Document (decode, loaders, text map, sentences, citations, URLs)."""
