"""Callbacks that do not keep their widget alive.

A child that stores its parent's bound method (a page holding `view.jump`) makes a reference
cycle: Qt deletes the widgets when the parent closes, but the Python objects wait for the
garbage collector. A weak callback breaks the cycle; it does nothing once its owner is gone."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any


def weak_method(method: Callable[..., Any]) -> Callable[..., None]:
    ref = weakref.WeakMethod(method)

    def call(*args: Any, **kwargs: Any) -> None:
        target = ref()
        if target is not None:
            target(*args, **kwargs)

    return call
