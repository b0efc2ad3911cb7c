"""scrpress: turn a child safeguarding case review folder into its publishable documents."""

__version__ = "0.1.0"
