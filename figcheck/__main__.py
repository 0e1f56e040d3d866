from figcheck.cli import run

run()
