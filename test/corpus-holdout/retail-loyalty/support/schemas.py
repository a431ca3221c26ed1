"""Request/response models of the chat widget API (pydantic v2)."""

from datetime import datetime

from pydantic import BaseModel, EmailStr, Field


class StartChatRequest(BaseModel):
    name: str = Field(min_length=1, max_length=120)  # expect: personal-data-field user.name
    email: EmailStr  # expect: personal-data-field user.contact.email
    order_number: str | None = Field(default=None, pattern=r"^RL-\d{8}$")  # trap: order reference
    topic: str = Field(pattern=r"^(delivery|returns|loyalty|other)$")
    message: str = Field(max_length=4000)  # expect: personal-data-field user.content.private


class ChatMessageOut(BaseModel):
    sender_type: str
    sender_display_name: str  # expect: personal-data-field user.name
    body: str  # expect: personal-data-field user.content.private
    sent_at: datetime


class ChatWidgetConfig(BaseModel):
    bot_persona_name: str = "Penny"  # trap: chatbot persona name
    support_phone: str = "0345 600 1234"  # trap: the retailer's customer-service line
    support_email: str = "help@rosemarket.example"  # trap: the retailer's support mailbox
    email_transcript_enabled: bool = True  # trap: feature flag
