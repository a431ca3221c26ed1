import logging

from sqlalchemy.orm import Session

from .models import Conversation, Message, SenderType, SupportAgent
from .schemas import StartChatRequest

logger = logging.getLogger("support.chat")


def start_chat(db: Session, req: StartChatRequest, client_ip: str) -> Conversation:
    logger.info("chat started by %s <%s>", req.name, req.email)  # expect: personal-data-in-log user.name
    conv = Conversation(visitor_name=req.name, visitor_email=req.email, visitor_ip=client_ip, order_number=req.order_number)  # trap: constructor call assigning fields declared in models.py
    conv.messages.append(Message(sender_type=SenderType.SHOPPER, body=req.message))
    db.add(conv)
    db.flush()
    logger.info("conversation %s opened, topic=%s", conv.id, req.topic)  # trap: surrogate id and topic only
    return conv


def post_message(db: Session, conv: Conversation, body: str) -> Message:
    msg = Message(conversation_id=conv.id, sender_type=SenderType.SHOPPER, body=body)
    db.add(msg)
    logger.debug("message received on %s: %s", conv.id, msg.body)  # expect: personal-data-in-log user.content.private
    return msg


def assign(db: Session, conv: Conversation, agent: SupportAgent) -> None:
    conv.assigned_agent_id = agent.id
    logger.info("conversation %s assigned to %s", conv.id, agent.work_email)  # expect: personal-data-in-log user.contact.email
