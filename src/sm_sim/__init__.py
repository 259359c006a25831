"""sm-sim: a training simulator for police officers and staff learning to use social media."""

__version__ = "0.1.0"
