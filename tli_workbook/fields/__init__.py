"""Field types: one class per type, owning its YAML keys, stored shape, readiness, privacy
text and packet blocks (no Qt). See base.py; the registry maps type names to kinds."""
