"""What a new request carries in."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class AttachmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(pattern=r"^(photo|document|voice|video|audio)$")
    file_id: str = Field(max_length=256)
    file_name: str | None = Field(None, max_length=256)
    mime_type: str | None = Field(None, max_length=128)
    size: int | None = Field(None, ge=0)


class RequestIn(BaseModel):
    """An application or question as the conversation collected it (raw text, validated by the service)."""

    model_config = ConfigDict(extra="forbid")

    programme: str
    language: str
    full_name: str | None = Field(None, max_length=120)
    phone: str | None = None
    # Whose number it is: the person's own, a relative's or a neighbour's who passes messages on, or none at all
    # (the person is reached only where they wrote from).
    phone_owner: Literal["own", "relative", "neighbour", "none"] = "own"
    national_id: str | None = None
    district: str | None = None
    neighbourhood: str | None = Field(None, max_length=128)
    household_size: int | None = Field(None, ge=1, le=30)
    description: str | None = Field(None, max_length=4000)
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=10)
    # The programme's own questions (core.questions), by code: one value, or a list where it repeats.
    answers: dict[str, Any] = Field(default_factory=dict)
