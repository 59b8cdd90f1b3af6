"""The reader's widgets, one module each."""
