"""`python -m analyzer` runs the essay-feedback command line."""

from .cli import main

main(prog_name="essay-feedback")
