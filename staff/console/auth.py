"""Console sign-in state: an opaque session cookie, its CSRF token, and where a redirect may lead."""

import secrets
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from fastapi import Request, Response

from core.staff.models import StaffSession, StaffUser

LOGIN_COOKIE = "hemsehri_login"  # the sign-in form's own CSRF token, before any session exists
LOGIN_COOKIE_PATH = "/console/login"
PASSIVE_HEADER = "X-Hemsehri-Passive"  # sent by the page's own refreshes: they do not count as activity


class NotSignedIn(Exception):
    """No session cookie, or one whose session ended."""


class CsrfRejected(Exception):
    """A form came without this session's CSRF token, or from another origin."""


@dataclass(frozen=True)
class Me:
    """The signed-in staff member and their session."""

    user: StaffUser
    session: StaffSession

    @property
    def csrf(self) -> str:
        return self.session.csrf_token


@dataclass(frozen=True)
class CookiePolicy:
    """How the session cookie is set: Secure (and __Host- prefixed) when the console is served over https."""

    secure: bool
    lifetime: timedelta

    @property
    def name(self) -> str:
        return "__Host-hemsehri_session" if self.secure else "hemsehri_session"

    def token(self, request: Request) -> str | None:
        return request.cookies.get(self.name) or None

    def set(self, response: Response, token: str) -> None:
        response.set_cookie(
            self.name,
            token,
            max_age=int(self.lifetime.total_seconds()),
            path="/",
            secure=self.secure,
            httponly=True,
            samesite="lax",
        )

    def clear(self, response: Response) -> None:
        response.delete_cookie(self.name, path="/", secure=self.secure, httponly=True, samesite="lax")

    def set_login_token(self, response: Response, token: str) -> None:
        response.set_cookie(
            LOGIN_COOKIE,
            token,
            max_age=3600,
            path=LOGIN_COOKIE_PATH,
            secure=self.secure,
            httponly=True,
            samesite="strict",
        )

    def clear_login_token(self, response: Response) -> None:
        response.delete_cookie(
            LOGIN_COOKIE, path=LOGIN_COOKIE_PATH, secure=self.secure, httponly=True, samesite="strict"
        )


def same_token(sent: object, expected: str | None) -> bool:
    """Compares a submitted token with the expected one in constant time."""
    if not isinstance(sent, str) or not expected:
        return False
    return secrets.compare_digest(sent.encode(), expected.encode())


def same_origin(request: Request, public_url: str | None) -> bool:
    """True unless the browser says the form came from another origin (Origin, else Referer)."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return source != "null"
    parts = urlsplit(source)
    origin = f"{parts.scheme}://{parts.netloc}"
    allowed = {f"{request.url.scheme}://{request.url.netloc}"}
    if public_url:
        public = urlsplit(public_url)
        allowed.add(f"{public.scheme}://{public.netloc}")
    return origin in allowed


def safe_next(target: str | None, default: str = "/console") -> str:
    """A redirect target only if it is a path inside the console (never another site)."""
    if not target or not target.startswith("/console") or target.startswith("//") or "\\" in target:
        return default
    if any(ch in target for ch in "\r\n\t"):
        return default
    return target


def is_passive(request: Request) -> bool:
    return request.headers.get(PASSIVE_HEADER) == "1"
