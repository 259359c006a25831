"""The state of a run as a fold over its events.

The engine keeps its own state by applying each event it emits, so rebuilding a
run from its log (``RunState.rebuild``) is the same code path, not a copy of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import events as ev


@dataclass
class Post:
    """A post as a feed shows it: the engine's own ``PostPublished`` event (who, what, where
    it hangs in a thread) and what has happened to it since (counters, the trainee's marks)."""

    published: ev.PostPublished
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    views: int = 0
    liked: bool = False
    reposted: bool = False
    reported: bool = False
    deleted: bool = False
    bookmarked: bool = False

    @classmethod
    def of(cls, e: ev.PostPublished) -> Post:
        return cls(e, e.likes, e.reposts, e.replies, e.views)

    @property
    def post_id(self) -> str:
        return self.published.post_id

    @property
    def by_trainee(self) -> bool:
        return self.published.by_trainee


@dataclass
class DecisionRecord:
    opened: ev.DecisionOpened
    action: ev.ActionTaken | None = None
    judged: ev.ReplyJudged | None = None
    closed: ev.DecisionClosed | None = None


@dataclass
class RunState:
    t: float = 0.0
    state: str | None = None
    variables: dict[str, float] = field(default_factory=dict)
    followers: int = 0
    posts: dict[str, Post] = field(default_factory=dict)
    timeline: list[str] = field(default_factory=list)  # post ids, oldest first
    messages: list[ev.MessageReceived | ev.MessageSent] = field(default_factory=list)
    inbox: list[ev.InternalMessageReceived] = field(default_factory=list)
    news: list[ev.NewsPublished] = field(default_factory=list)
    notifications: list[ev.Event] = field(default_factory=list)
    decisions: list[DecisionRecord] = field(default_factory=list)
    ended: ev.RunEnded | None = None
    own_posts: set[str] = field(default_factory=set)
    free_actions: list[ev.FreeAction] = field(default_factory=list)
    reactions: list[ev.ReactionFired] = field(default_factory=list)
    muted: set[str] = field(default_factory=set)  # handles whose posts the trainee muted
    blocked: set[str] = field(default_factory=set)
    following: set[str] = field(default_factory=set)  # persona ids

    @classmethod
    def rebuild(cls, log: list[ev.Event], variables: dict[str, float], followers: int) -> RunState:
        state = cls(variables=dict(variables), followers=followers)
        for event in log:
            state.apply(event)
        return state

    @property
    def open_decision(self) -> ev.DecisionOpened | None:
        if self.decisions and self.decisions[-1].closed is None:
            return self.decisions[-1].opened
        return None

    def apply(self, event: ev.Event) -> None:
        self.t = event.t
        handler = _HANDLERS.get(type(event))
        if handler:
            handler(self, event)

    def _post(self, e: ev.PostPublished) -> None:
        self.posts[e.post_id] = Post.of(e)
        self.timeline.append(e.post_id)
        parent = self.posts.get(e.reply_to or e.quote_of or "")
        if parent is not None:
            if e.reply_to:
                parent.replies += 1
            else:
                parent.reposts += 1
        if e.by_trainee:
            self.own_posts.add(e.post_id)
        elif parent is not None and parent.post_id in self.own_posts:
            self.notifications.append(e)

    def _metrics(self, e: ev.MetricsChanged) -> None:
        post = self.posts.get(e.post_id)
        if post:
            post.likes += e.likes
            post.reposts += e.reposts
            post.replies += e.replies
            post.views += e.views

    def _acted(self, e: ev.PostActedOn) -> None:
        post = self.posts.get(e.post_id)
        if post is None:
            return
        if e.action == "like" and not post.liked:
            post.liked, post.likes = True, post.likes + 1
        elif e.action == "repost" and not post.reposted:
            post.reposted, post.reposts = True, post.reposts + 1
        elif e.action == "delete":
            post.deleted = True
        elif e.action == "report":
            post.reported = True
        elif e.action == "bookmark":
            post.bookmarked = True
        elif e.action == "mute":
            self.muted.add(post.published.handle)
        elif e.action == "block":
            self.blocked.add(post.published.handle)

    def _free(self, e: ev.FreeAction) -> None:
        self.free_actions.append(e)
        if e.action == "follow" and e.to_id:
            self.following.add(e.to_id)

    def _decision(self, e: ev.Event) -> None:
        if isinstance(e, ev.DecisionOpened):
            self.decisions.append(DecisionRecord(e))
            return
        record = self.decisions[-1]
        if isinstance(e, ev.DecisionSkipped):
            self.decisions.pop()  # never answered: neither scored nor shown as a decision
        elif isinstance(e, ev.ActionTaken):
            record.action = e
        elif isinstance(e, ev.ReplyJudged):
            record.judged = e
        elif isinstance(e, ev.DecisionClosed):
            record.closed = e

    def _variable(self, e: ev.VariableChanged) -> None:
        self.variables[e.name] = e.new

    def _followers(self, e: ev.FollowersChanged) -> None:
        self.followers = e.followers

    def _state(self, e: ev.StateEntered) -> None:
        self.state = e.state

    def _ended(self, e: ev.RunEnded) -> None:
        self.ended = e
        self.state = e.ending


_HANDLERS: dict[type[ev.Event], Callable[[RunState, Any], None]] = {
    ev.PostPublished: RunState._post,
    ev.MetricsChanged: RunState._metrics,
    ev.PostActedOn: RunState._acted,
    ev.MessageReceived: lambda s, e: s.messages.append(e),
    ev.MessageSent: lambda s, e: s.messages.append(e),
    ev.InternalMessageReceived: lambda s, e: s.inbox.append(e),
    ev.NewsPublished: lambda s, e: s.news.append(e),
    ev.NotificationShown: lambda s, e: s.notifications.append(e),
    ev.DecisionOpened: RunState._decision,
    ev.ActionTaken: RunState._decision,
    ev.ReplyJudged: RunState._decision,
    ev.DecisionClosed: RunState._decision,
    ev.DecisionSkipped: RunState._decision,
    ev.FreeAction: RunState._free,
    ev.ReactionFired: lambda s, e: s.reactions.append(e),
    ev.VariableChanged: RunState._variable,
    ev.FollowersChanged: RunState._followers,
    ev.StateEntered: RunState._state,
    ev.RunEnded: RunState._ended,
}
