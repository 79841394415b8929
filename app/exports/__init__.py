"""A finished submission in other formats: JUnit XML for CI systems, Exercism's
test-runner `results.json` (v3). Hidden tests never carry their code."""
