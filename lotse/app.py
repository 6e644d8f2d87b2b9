"""The app factory: everything is built here, at start, from settings — nothing at import."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.admin import AdminService
from bot.cluster import Instance, new_instance
from bot.config import Settings
from bot.engine import Engine
from bot.evaluation.feedback import FeedbackDesk, FeedbackPort
from bot.identity import shared_pseudonymiser
from bot.llm.factory import build_llm, close_llm
from bot.llm.info import ModelInfo
from bot.llm.port import Model
from bot.policy import load_policy
from bot.ports import Store
from bot.registry import SkillRegistry
from bot.routing.llm_intent import classifier_for
from bot.skill import Skill
from bot.store_cache import CachedStore
from bot.texts import engine_texts
from bot.turn import Services
from lotse.host import AppHost
from lotse.settings import read_settings
from storage.database import open_store


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class App:
    settings: Settings
    store: Store
    engine: Engine
    admin: AdminService
    feedback: FeedbackPort  # ratings from the platforms' own controls
    host: AppHost  # what adapters get (feedback included): they never see the parts above
    # This process among the instances sharing the database (heartbeat, event ownership).
    instance: Instance


def describe_model(settings: Settings, llm: Model) -> ModelInfo:
    """The running model configuration in words a counsellor may ask about.

    Regions come from the settings or, as for the SDKs themselves, from their environment
    variables (AWS_REGION, CLOUD_ML_REGION; the ``sdk`` section)."""
    config, sdk = settings.llm, settings.sdk
    provider = config.effective_provider
    if provider == "offline":
        # A model handed in (tests, embedding) that answers is described by its name only.
        return ModelInfo(llm.name) if llm.available else ModelInfo()
    if provider == "openai":
        return ModelInfo(provider, settings.openai.model_for("default"))
    region = None
    if provider == "bedrock":
        region = config.aws_region or sdk.aws_region or sdk.aws_default_region
    elif provider == "vertex":
        region = config.vertex_region or sdk.cloud_ml_region
    return ModelInfo(provider, config.model_for("default"), region)


def repository_of(skill: Skill, store: Store) -> Any:
    """The store's implementation of the repository ``skill`` declares (None if none)."""
    interface = type(skill).repository
    if interface is None:
        return None
    try:
        return store.repository(interface)
    except LookupError:
        raise LookupError(
            f"skill {skill.meta.id} needs {interface.__qualname__}, which the store does not "
            "implement"
        ) from None


@asynccontextmanager
async def open_app(
    settings: Settings | None = None,
    *,
    llm: Model | None = None,
    clock: Callable[[], datetime] = utc_now,
    registry: SkillRegistry | None = None,
    store: Store | None = None,
) -> AsyncIterator[App]:
    """Open storage (migrating it), load policy and skills, and close everything on exit.

    ``registry`` and ``store`` replace the discovered skills and the configured database
    (tests, embedding); a store passed in stays open."""
    settings = settings or read_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    policy = load_policy(settings.policy_file)
    registry = registry or SkillRegistry.discover(settings)
    owns_llm = llm is None
    # Offline unless LOTSE_LLM_PROVIDER names a provider or the SDK finds an Anthropic key.
    model = llm or build_llm(settings.llm, settings.openai, settings.sdk)
    owns_store = store is None
    raw_store = store or await open_store(settings.effective_database_url, migrate=True)
    store = CachedStore(raw_store, settings.cache_seconds, clock)
    try:
        pseudonymiser = await shared_pseudonymiser(settings, raw_store.cluster)
        await store.directory.ensure_department(settings.default_department)
        for skill in registry:  # each skill loads what it keeps in its repository, once
            await skill.start(repository_of(skill, store))
        services = Services(
            settings=settings,
            store=store,
            registry=registry,
            policy=policy,
            llm=model,
            classifier=classifier_for(model, settings.llm.route_with_model),
            pseudonymiser=pseudonymiser,
            texts=engine_texts(),
            clock=clock,
            model_info=describe_model(settings, model),
        )
        engine = Engine(services)
        await engine.purge_expired()
        admin = AdminService(store, registry, pseudonymiser, clock, settings.admins)
        feedback = FeedbackDesk(store)
        instance = new_instance(
            settings.instance_heartbeat_seconds, settings.instance_stale_seconds
        )
        host = AppHost(engine, feedback, instance)
        yield App(settings, store, engine, admin, feedback, host, instance)
    finally:
        if owns_llm:
            await close_llm(model)
        if owns_store:
            await raw_store.close()
