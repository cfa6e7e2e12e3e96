"""CoopDesk: an offline reference browser on Russia–EU cooperation against crime and terrorism."""

__version__ = "0.1.0"
