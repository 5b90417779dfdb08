"""Script generation with language models: a local causal LM (transformers) or an OpenAI-compatible
HTTP server, prompted with data from locales/, parsed, validated, fact-checked, scored against the
template generator's variants. The model proposes; ctk decides."""
