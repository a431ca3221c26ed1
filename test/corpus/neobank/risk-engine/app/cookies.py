"""Cookie helpers for the FastAPI analyst console."""
from fastapi import Response


def set_console_session(response: Response, session_id: str) -> None:
    response.set_cookie("console_session", session_id, httponly=True)  # expect: insecure-cookie


def set_console_remember(response: Response, token: str) -> None:
    response.set_cookie(
        key="console_remember",
        value=token,
        max_age=14 * 86400,
        secure=False,  # expect: insecure-cookie
        httponly=True,
        samesite="strict",
    )


def set_console_csrf(response: Response, token: str) -> None:
    response.set_cookie("console_csrf", token, secure=True, httponly=True, samesite="strict")  # trap: Secure, HttpOnly and SameSite all set
