"""The outputs: views of findings for people and machines (terminal sections, HTML report, text, JSON, GitHub, SARIF).

May import the gate, the engine and everything below it; never pytest, the plugin or the command.
"""
