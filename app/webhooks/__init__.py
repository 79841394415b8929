"""Webhooks: POST a finished submission to the URL its submitter gave, signed."""
