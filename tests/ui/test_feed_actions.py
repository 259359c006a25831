"""Acting on any post at any moment, through the feed's own buttons, keys and menus: a free
action when no decision asks for it, the decision's option when one does, and the
scenario's reactions arriving in the feed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from sm_sim.engine import events as ev
from sm_sim.scenario.library import Entry
from sm_sim.ui.attempt.view import AttemptView
from sm_sim.ui.debrief.decision_card import ReactionCard
from sm_sim.ui.feed.view import FeedView
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import AttemptSession

from .helpers import play_through, start_and_answer


def _to_pressure(window: MainWindow, example: Entry, post: str = "banter_joke",
                 decision: bool = False) -> AttemptSession:
    """Answer Mary, then wait until ``post`` is in the feed (before the next decision opens),
    or with ``decision``, until the next decision is open."""
    session = start_and_answer(window, example, "reassure", "PC Free")
    attempt = window.attempt
    assert session.clock.run_until(lambda: attempt.home.feed.row_of(post) >= 0)
    assert attempt.compose.decision is None
    if decision:
        assert session.clock.run_until(lambda: attempt.compose.decision is not None)
    return session


def _click(qtbot, view: FeedView, post_id: str, button: str,
           mouse: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    view.scrollTo(view.feed.index(view.feed.row_of(post_id), 0))
    rect = view.slot_rect(post_id, button)
    assert rect is not None and view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), mouse, pos=rect.center())


def _menu(attempt: AttemptView) -> QMenu:
    menu = attempt.acting.menu
    assert menu is not None and menu.isVisible()
    return menu


def _trigger(menu: QMenu, verb: str) -> None:
    action = next((a for a in menu.actions() if a.objectName() == f"menu_{verb}"), None)
    assert action is not None, [a.objectName() for a in menu.actions()]
    action.trigger()
    menu.close()


def test_clicking_a_heart_between_decisions_likes_the_post_and_the_world_answers(
        qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example)
    attempt = window.attempt
    with qtbot.waitSignal(attempt.status) as said:
        _click(qtbot, attempt.home, "banter_joke", "like")
    assert said.args[0] == "You liked @ThinBlueBanter's post."
    assert attempt.store.get("banter_joke").liked
    assert session.clock.run_until(lambda: session.run.current == "public_pile_on", step=1.0)
    fired = [e.reaction for e in session.run.events if isinstance(e, ev.ReactionFired)]
    assert fired == ["liked_the_banter_early"]
    # the story moved on: the banter decision never opened, the pile-on's news is in the feed
    assert session.clock.run_until(lambda: bool(attempt.news_box.count()), step=1.0)
    assert attempt.compose.decision is None or attempt.compose.decision.id != "pressure"


def test_liking_twice_says_why_not_and_changes_nothing(qtbot, window: MainWindow, example: Entry) -> None:
    _to_pressure(window, example)
    attempt = window.attempt
    _click(qtbot, attempt.home, "banter_joke", "like")
    likes = attempt.store.get("banter_joke").likes
    with qtbot.waitSignal(attempt.status) as said:
        _click(qtbot, attempt.home, "banter_joke", "like")
    assert "already" in said.args[0] and said.args[0][0].isupper()
    assert attempt.store.get("banter_joke").likes == likes


def test_a_heart_picks_the_open_decisions_matching_option_instead(
        qtbot, window: MainWindow, example: Entry) -> None:
    _to_pressure(window, example, decision=True)
    attempt = window.attempt
    _click(qtbot, attempt.home, "banter_joke", "like")
    assert attempt.compose.selected().id == "like_banter"  # chosen, not yet sent
    assert not attempt.store.get("banter_joke").liked


def test_repost_offers_repost_or_quote_and_a_free_repost_leaves_the_decision_open(
        qtbot, window: MainWindow, example: Entry) -> None:
    _to_pressure(window, example, decision=True)
    attempt = window.attempt
    _click(qtbot, attempt.home, "banter_joke", "repost")
    menu = _menu(attempt)
    assert [a.text() for a in menu.actions()] == ["Repost", "Quote"]
    with qtbot.waitSignal(attempt.status) as said:
        _trigger(menu, "repost")
    assert said.args[0] == "You reposted @ThinBlueBanter's post."
    assert attempt.store.get("banter_joke").reposted
    assert attempt.compose.decision is not None  # nothing asked for that repost
    _click(qtbot, attempt.home, "banter_joke", "repost")
    assert [a.text() for a in _menu(attempt).actions()] == ["Quote"]


def test_replying_unprompted_posts_the_trainees_words_under_the_post(
        qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example, post="troll_quote")
    attempt = window.attempt
    _click(qtbot, attempt.home, "troll_quote", "reply")
    dialog = attempt.acting.writing
    assert dialog is not None and dialog.isVisible()
    assert "@TruthHammer88" in dialog.context.text()
    assert not dialog.send.isEnabled()
    words = "There is no cover-up. Officers are still at the scene; we will update when we can."
    qtbot.keyClicks(dialog.editor, words)
    assert dialog.counter.text() == f"{len(words)} / 280"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # the keys go to the words
    with qtbot.waitSignal(attempt.status) as said:
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert said.args[0] == "Your reply to @TruthHammer88 is posted."
    assert not dialog.isVisible()
    mine = [e for e in session.run.events if isinstance(e, ev.PostPublished) and e.by_trainee]
    assert [(p.reply_to, p.text) for p in mine][-1] == ("troll_quote", words)
    acted = [e for e in session.run.events if isinstance(e, ev.FreeAction)]
    assert acted[-1].action == "reply" and acted[-1].text == words
    attempt.store.flush()
    assert attempt.home.feed.row_of(mine[-1].post_id) >= 0


def test_words_that_cannot_be_sent_stay_in_the_dialog(qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example)
    attempt = window.attempt
    mine = next(e.post_id for e in session.run.events if isinstance(e, ev.PostPublished) and e.by_trainee)
    _click(qtbot, attempt.home, mine, "reply")
    dialog = attempt.acting.writing
    qtbot.keyClicks(dialog.editor, "Half a thought")
    _click(qtbot, attempt.home, mine, "more")  # meanwhile the post it answers goes
    _trigger(_menu(attempt), "delete")
    with qtbot.waitSignal(attempt.status) as said:
        qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    assert said.args[0] == "That post has been deleted."
    assert dialog.isVisible() and dialog.text() == "Half a thought"


def test_the_end_of_the_run_closes_what_was_open(qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example, post="troll_quote")
    attempt = window.attempt
    _click(qtbot, attempt.home, "troll_quote", "reply")
    dialog = attempt.acting.writing
    play_through(window)
    assert session.run.ended and not dialog.isVisible()
    assert window.stack.currentWidget() is window.debrief


def test_a_second_write_brings_back_the_first_instead_of_losing_it(
        qtbot, window: MainWindow, example: Entry) -> None:
    _to_pressure(window, example, post="troll_quote")
    attempt = window.attempt
    _click(qtbot, attempt.home, "troll_quote", "reply")
    first = attempt.acting.writing
    qtbot.keyClicks(first.editor, "Keep me")
    with qtbot.waitSignal(attempt.status) as said:
        attempt.acting.new_post()
    assert "Finish or cancel" in said.args[0]
    assert attempt.acting.writing is first and first.text() == "Keep me"


def test_the_more_menu_reports_mutes_and_blocks_and_offers_people_a_message(
        qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example, post="troll_quote")
    attempt = window.attempt
    _click(qtbot, attempt.home, "troll_quote", "more")
    menu = _menu(attempt)
    assert [a.objectName() for a in menu.actions()] == [
        "menu_profile", "menu_dm", "menu_follow", "menu_report", "menu_mute", "menu_block"]
    with qtbot.waitSignal(attempt.status) as said:
        _trigger(menu, "block")
    assert said.args[0] == "You blocked @TruthHammer88."
    assert "@TruthHammer88" in session.run.state.blocked
    # their posts fold to one line in the feed, and say why
    view = attempt.home
    index = view.feed.index(view.feed.row_of("troll_quote"), 0)
    assert view.visualRect(index).height() < 60
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == \
        "A post from @TruthHammer88, whom you blocked, is hidden."
    assert view.slot_rect("troll_quote", "more") is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=view.visualRect(index).center())
    assert attempt.acting.menu is not None and not attempt.acting.menu.isVisible()


def test_right_click_opens_the_menu_and_reports(qtbot, window: MainWindow, example: Entry) -> None:
    _to_pressure(window, example, post="troll_quote")
    attempt = window.attempt
    _click(qtbot, attempt.home, "troll_quote", "like", Qt.MouseButton.RightButton)
    with qtbot.waitSignal(attempt.status) as said:
        _trigger(_menu(attempt), "report")
    assert said.args[0] == "You reported @TruthHammer88's post."
    assert attempt.store.get("troll_quote").reported


def test_the_trainees_own_post_can_be_deleted_from_its_menu(
        qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example)
    attempt = window.attempt
    mine = next(e.post_id for e in session.run.events if isinstance(e, ev.PostPublished) and e.by_trainee)
    _click(qtbot, attempt.home, mine, "more")
    menu = _menu(attempt)
    assert [a.objectName() for a in menu.actions()] == ["menu_delete"]
    with qtbot.waitSignal(attempt.status) as said:
        _trigger(menu, "delete")
    assert said.args[0] == "Your post was deleted."
    assert attempt.store.get(mine).deleted


def test_keys_bookmark_and_open_the_menu_on_the_focused_post(
        qtbot, window: MainWindow, example: Entry) -> None:
    _to_pressure(window, example)
    attempt = window.attempt
    attempt.activateWindow()
    attempt.home.setFocus()
    attempt.home.setCurrentIndex(attempt.home.feed.index(attempt.home.feed.row_of("banter_joke"), 0))
    with qtbot.waitSignal(attempt.status) as said:
        qtbot.keyClick(attempt.home, Qt.Key.Key_B)
    assert said.args[0] == "Saved to your bookmarks."
    assert attempt.store.get("banter_joke").bookmarked
    qtbot.keyClick(attempt.home, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert _menu(attempt).objectName() == "postMenu"
    _menu(attempt).close()


def test_new_post_from_the_rail_and_a_message_from_the_inbox(
        qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example)
    attempt = window.attempt
    qtbot.mouseClick(attempt.nav.post, Qt.MouseButton.LeftButton)
    dialog = attempt.acting.writing
    assert dialog.windowTitle() == "New post"
    qtbot.keyClicks(dialog.editor, "Mill Road is still closed. Please use Station Street.")
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    assert [e.action for e in session.run.events if isinstance(e, ev.FreeAction)] == ["post"]
    # the reporter's DM: answer him from the messages page
    assert session.clock.run_until(lambda: attempt.messages.messages.rowCount() > 0, step=1.0)
    attempt.show_page("messages")
    index = attempt.messages.messages.index(0, 0)
    attempt.messages.activated.emit(index)
    dm = attempt.acting.writing
    assert dm is not None and "Joe Fenwick" in dm.context.text()
    qtbot.keyClicks(dm.editor, "Please contact the press office.")
    qtbot.mouseClick(dm.send, Qt.MouseButton.LeftButton)
    sent = [e for e in session.run.events if isinstance(e, ev.MessageSent)]
    assert sent[-1].to_id == "reporter" and sent[-1].text == "Please contact the press office."


def test_what_was_done_unprompted_is_in_the_debrief(qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example)
    attempt = window.attempt
    _click(qtbot, attempt.home, "banter_joke", "like")
    play_through(window)
    report = session.debrief()
    assert [r.reaction for r in report.reactions] == ["liked_the_banter_early"]
    cards = window.debrief.findChildren(ReactionCard)
    assert len(cards) == 1
    shown = [label.text() for label in cards[0].findChildren(QLabel)]
    assert any(text.startswith("You liked @ThinBlueBanter's post") for text in shown)
    assert any("Professional standards -20" in text for text in shown)


def test_a_profile_shows_their_posts_and_follows_and_messages_them(
        qtbot, window: MainWindow, example: Entry) -> None:
    session = _to_pressure(window, example, post="troll_quote")
    attempt = window.attempt
    _click(qtbot, attempt.home, "troll_quote", "more")
    _trigger(_menu(attempt), "profile")
    profile = attempt.acting.profile
    assert profile is not None and profile.isVisible()
    assert profile.windowTitle() == "TRUTH HAMMER (@TruthHammer88)"
    assert profile.posts.ids() == ["troll_quote"]  # theirs only, already out before it opened
    assert profile.follow.text() == "Follow"
    qtbot.mouseClick(profile.follow, Qt.MouseButton.LeftButton)
    assert "troll" in session.run.state.following
    assert profile.follow.text() == "Following" and not profile.follow.isEnabled()
    qtbot.mouseClick(profile.message, Qt.MouseButton.LeftButton)
    dm = attempt.acting.writing
    assert dm is not None and "TRUTH HAMMER" in dm.context.text()
    dm.close()
    profile.close()
