"""Typed settings with defaults, saved as JSON in the data folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mobilaze_training.errors import InvalidInput
from mobilaze_training.fileio import write_atomic

Language = Literal["az", "ru", "en"]
SETTINGS_FILE = "settings.json"


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    centre_name: str = "MOBILAZE Training Centre"
    default_language: Language = "az"
    session_timeout_minutes: int = Field(default=15, ge=1, le=480)
    require_signed_modules: bool = False
    high_contrast: bool = False
    font_scale_percent: int = Field(default=100, ge=75, le=200)

    @classmethod
    def load(cls, data: Path) -> Settings:
        path = data / SETTINGS_FILE
        if not path.exists():
            return cls()
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, ValidationError) as exc:
            raise InvalidInput(
                f"{path}: the settings file is damaged ({exc}); fix it or delete it to "
                "return to the defaults."
            ) from exc

    def save(self, data: Path) -> None:
        write_atomic(data / SETTINGS_FILE, self.model_dump_json(indent=2))
