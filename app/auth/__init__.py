"""API keys for programs: creation, lookup, scopes and per-key limits."""
