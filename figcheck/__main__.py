from figcheck.launcher import run

run()
