"""Qt-free core: models, rules and services shared by the GUI and the CLI."""
