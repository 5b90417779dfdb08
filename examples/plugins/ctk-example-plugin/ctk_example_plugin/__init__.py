"""An example ctk plugin (see README.md)."""
