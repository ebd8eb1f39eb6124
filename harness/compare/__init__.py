"""Before there is a registry: what the versions say, grouped across versions, as a drafted registry.

`names` finds the people the versions name, `observations` what each version says with the same extractors the checks
use, `groups` puts the observations of one fact together across versions, and `draft` writes the registry those
groups make (majority values, every disagreement marked for review) and checks the versions against it, so
`wirefacts compare` and `wirefacts draft` report through the same findings and outputs as `wirefacts check`.

May import the engine, the checks, the text, the registry and the findings; the front doors import it.
"""
