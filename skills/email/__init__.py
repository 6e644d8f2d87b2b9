"""Email drafts for counsellors: invitations, appointment changes, follow-ups, referrals.

``SkillResult.data`` of a draft: ``purpose`` (a :class:`Purpose` value), ``subject``, ``body``,
``placeholders`` (the ``[...]`` gaps still to fill, in order) and ``address_form``
(``"sie"`` or ``"du"``). Drafting sits behind :class:`Drafter`; the offline
:class:`TemplateDrafter` is used until a model-based drafter is passed to :class:`EmailSkill`.

Every fact of the request reaches the draft: what no template slot takes is carried over
verbatim (``carry``), and ``facts.missing_facts`` lists what a draft lost. A template draft is
labelled ``template_draft``; ``ai_generated`` only when a model wrote the text.
"""

from __future__ import annotations

from skills.email.drafter import Drafter, TemplateDrafter
from skills.email.model import EmailDraft, EmailRequest, Purpose
from skills.email.skill import EmailSkill

__all__ = ["Drafter", "EmailDraft", "EmailRequest", "EmailSkill", "Purpose", "TemplateDrafter"]
