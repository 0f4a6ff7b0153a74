"""Request bodies read only after the caller is authenticated.

FastAPI parses a declared body before it runs any dependency, so a stranger's JSON would
be parsed in full before the token is looked at. Routes that need a token take their body
through :func:`authenticated_body` instead: a dependency that depends on the caller, then
reads and validates the body. The body-size middleware (:mod:`sync.server.limits`) has
already bounded how much can arrive. :func:`body_schema` keeps the body in the OpenAPI
schema, and :func:`install_body_schemas` adds the models it refers to.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from sync.server.deps import CallerDep

M = TypeVar("M", bound=BaseModel)

REF_TEMPLATE = "#/components/schemas/{model}"
_DEFS: dict[str, Any] = {}


def authenticated_body(model: type[M]) -> Callable[..., Awaitable[M]]:
    async def read_body(request: Request, _caller: CallerDep) -> M:
        raw = await request.body()
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            errors = [
                {"loc": ("body", *e.get("loc", ())), "msg": e.get("msg", ""), "type": e["type"]}
                for e in exc.errors(include_input=False, include_url=False)
            ]
            raise RequestValidationError(errors) from None

    return read_body


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`openapi_extra` for a route whose body `authenticated_body(model)` reads."""
    schema = model.model_json_schema(ref_template=REF_TEMPLATE)
    _DEFS.update(schema.pop("$defs", {}))
    return {
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}
    }


def install_body_schemas(app: FastAPI) -> None:
    """Add the models the bodies refer to to the app's OpenAPI components."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            known = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, definition in _DEFS.items():
                known.setdefault(name, definition)
        return app.openapi_schema or schema

    app.openapi = openapi  # type: ignore[method-assign]
