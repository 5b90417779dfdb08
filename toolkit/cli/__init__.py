"""The command-line face of ctk (Typer + Rich). The only place in toolkit/ that imports them."""
