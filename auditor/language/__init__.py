"""Language: the text analyses rule families share (dates, attribution, entities, claims, lexicons)."""
