"""Customer-support chat storage (SQLAlchemy 2.0)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DateTime, Enum, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SenderType(enum.Enum):
    SHOPPER = "shopper"
    AGENT = "agent"
    BOT = "bot"


class SupportTeam(Base):
    __tablename__ = "support_teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)  # trap: a team's name such as "Returns & Refunds"
    escalation_email: Mapped[str] = mapped_column(String(254))  # trap: the team's shared escalation mailbox


class SupportAgent(Base):
    """Company staff answering chats."""

    __tablename__ = "support_agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("support_teams.id"))  # trap: surrogate foreign key
    display_name: Mapped[str] = mapped_column(String(60))  # expect: personal-data-field user.name
    work_email: Mapped[str] = mapped_column(String(254), unique=True)  # expect: personal-data-field user.contact.email
    password_hash: Mapped[str] = mapped_column(String(128))  # trap: one-way hash, not readable personal data


class CannedResponse(Base):
    __tablename__ = "canned_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    body_template: Mapped[str] = mapped_column(Text)  # trap: reply template with {first_name} placeholders, holds no data


class Conversation(Base):
    __tablename__ = "chat_conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    shopper_id: Mapped[int | None] = mapped_column(Integer, index=True)  # trap: surrogate id from the shopper service
    visitor_name: Mapped[str | None] = mapped_column(String(120))  # expect: personal-data-field user.name
    visitor_email: Mapped[str | None] = mapped_column(String(254))  # expect: personal-data-field user.contact.email
    visitor_ip: Mapped[str | None] = mapped_column(String(45))  # expect: personal-data-field user.device.ip_address
    order_number: Mapped[str | None] = mapped_column(String(20))  # trap: order reference
    bot_persona_name: Mapped[str] = mapped_column(String(40), default="Penny")  # trap: name of the chatbot persona, not a person
    assigned_agent_id: Mapped[int | None] = mapped_column(ForeignKey("support_agents.id"))  # trap: surrogate foreign key
    satisfaction_score: Mapped[int | None] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    messages: Mapped[list[Message]] = relationship(back_populates="conversation")


class Message(Base):
    __tablename__ = "chat_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("chat_conversations.id"))
    sender_type: Mapped[SenderType] = mapped_column(Enum(SenderType))
    body: Mapped[str] = mapped_column(Text)  # expect: personal-data-field user.content.private
    attachment_url: Mapped[str | None] = mapped_column(String(500))  # expect: personal-data-field user.content.private
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
