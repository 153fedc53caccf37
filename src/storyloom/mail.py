"""Outgoing email over SMTP (the standard library's smtplib, in a worker thread).

Only password reset emails are sent. Without STORYLOOM_SMTP_HOST nothing is sent: an
operator makes reset links with `storyloom users reset-link EMAIL` instead.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.message import EmailMessage

import structlog

from storyloom.config import Settings, SmtpTls

log = structlog.get_logger(__name__)


class MailNotConfigured(RuntimeError):
    """STORYLOOM_SMTP_HOST is not set."""


def build_message(settings: Settings, to: str, subject: str, text: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text)
    return message


def _send(settings: Settings, message: EmailMessage) -> None:
    if not settings.smtp_host:
        raise MailNotConfigured("STORYLOOM_SMTP_HOST is not set")
    host, port, timeout = settings.smtp_host, settings.smtp_port, settings.smtp_timeout_seconds
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.smtp_tls is SmtpTls.ssl:
        smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    with smtp:
        if settings.smtp_tls is SmtpTls.starttls:
            smtp.starttls(context=context)
        if settings.smtp_user:
            password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
            smtp.login(settings.smtp_user, password)
        smtp.send_message(message)


async def send(settings: Settings, message: EmailMessage) -> None:
    """Send one email; raises smtplib/OSError errors as they come."""
    await asyncio.to_thread(_send, settings, message)


async def send_logged(settings: Settings, message: EmailMessage, *, kind: str) -> None:
    """Send after the response (a background task): a failure is logged, never shown to
    the requester, who gets the same answer either way."""
    try:
        await send(settings, message)
    except (OSError, smtplib.SMTPException) as exc:
        log.error("mail_failed", kind=kind, error=f"{type(exc).__name__}: {exc}")
    else:
        log.info("mail_sent", kind=kind)
