"""Machine translation with local models (Marian, NLLB-200, M2M100 through transformers), glossary
protection, routing, and a translation memory. Heavy imports (torch, transformers) happen only when a
model is actually used."""
