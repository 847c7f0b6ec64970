"""Use cases, one function per user action: each checks the permission and runs in one
transaction. The GUI and the command line call only these."""
