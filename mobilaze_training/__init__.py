"""MOBILAZE Training: offline training, examination and certification for border officials."""

__version__ = "0.1.0"
APP_NAME = "mobilaze-training"
