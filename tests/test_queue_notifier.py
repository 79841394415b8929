"""Waking `?wait=` requests from worker threads."""

import asyncio
import threading

from app.queue import CompletionNotifier


def test_notify_from_another_thread_wakes_the_waiter() -> None:
    notifier = CompletionNotifier()

    async def scenario() -> bool:
        with notifier.subscribe("s1") as finished:
            threading.Timer(0.05, notifier.notify, args=("s1",)).start()
            await asyncio.wait_for(finished.wait(), timeout=10)
            return finished.is_set()

    assert asyncio.run(scenario())
    assert notifier.waiting() == 0, "the waiter is removed when the block ends"


def test_only_waiters_of_that_submission_wake() -> None:
    notifier = CompletionNotifier()

    async def scenario() -> tuple[bool, bool]:
        with notifier.subscribe("a") as a, notifier.subscribe("b") as b:
            assert notifier.waiting() == 2
            await asyncio.to_thread(notifier.notify, "a")
            await asyncio.wait_for(a.wait(), timeout=10)
            return a.is_set(), b.is_set()

    assert asyncio.run(scenario()) == (True, False)


def test_notify_without_waiters_or_after_the_loop_closed_is_harmless() -> None:
    notifier = CompletionNotifier()
    notifier.notify("nobody")

    loop = asyncio.new_event_loop()
    subscription = None

    async def subscribe() -> None:
        nonlocal subscription
        subscription = notifier.subscribe("late")
        subscription.__enter__()

    loop.run_until_complete(subscribe())
    loop.close()
    notifier.notify("late")  # must not raise although the loop is gone
    assert notifier.waiting() == 1
    assert subscription is not None
    subscription.__exit__(None, None, None)
    assert notifier.waiting() == 0
