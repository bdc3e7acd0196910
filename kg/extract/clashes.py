"""The sides of a fight: "اشتباكات بين X وY من جهة وZ من جهة أخرى", "معارك مع X",
"اشتباكات بين الطرفين", "الاشتباكات التي خاضتها X، مع Y". A mixin of SentenceEvents:
it uses that class's windows over the sentence's mentions."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.doc import Event, Mention
from kg.extract.cues import WINDOW, _cue_forms, _observers, _relation_cues, in_support_phrase
from kg.extract.mentions import area_nouns, is_definite_nisba, nationality
from kg.extract.sides import allied
from kg.extract.triggers import exchanges_fire, find_triggers
from kg.lexicon.grammar import sequences, words
from kg.text.tokens import clitic_candidates

_BOTH_SIDES = words("both_sides")  # "اشتباكات بين الطرفين": the two sides just named
_BACKGROUND = words("background")  # "بين الطرفين عقب هجوم شنه X على Y": what started the fight
_BETWEEN_PRONOUNS = words("between_pronoun")  # "اشتباكات بينها وبين X"
_GOVERNING = words("preposition")  # "بغطاء من طائرات التحالف": an actor a preposition governs is no side
_RELATIVE_WORDS = words("relative")
_ABSTRACT_FIGHT = words("abstract_fight")
_ENGAGE_VERBS = words("engage_verb")  # "اشتبكت مع X": X is the enemy, not an ally
_FORCE_NOUNS = words("force_noun")  # "وقوات صالح": a force noun joins its actor to a list
_ALLIANCE_NOUNS = words("alliance_noun")  # "وتحالف مليشيات الحوثي وقوات صالح"
_FACING = words("facing")  # "في مواجهة X": standing against X
_WAR_NOUNS = words("war_noun")  # "في حربها ضد X"
_FIGHTERS_LEAD = words("fighters_lead")  # "في مواجهة متطرفي طالبان"
_ALONE = words("alone")  # "الجيش الأفغاني وحده في مواجهة"

if TYPE_CHECKING:  # events.py imports this module
    from kg.extract.triggers import Trigger


_ALONGSIDE = [list(s) for s in sequences("alongside")]  # "يقاتل إلى جانب X", "في صفوف X": fighting on X's side


class ClashFrames:
    """Clash frames of one sentence (mixed into kg.extract.events.SentenceEvents)."""

    def explains(self, k: int) -> bool:
        """"وبيّن المرصد أن …": the verb "explained", not "and between", when أن follows soon."""
        return any(t.key in ("ان", "انه", "انها", "انهم") for t in self.tokens[k + 1 : k + 5])

    def versus(self, after: list[Mention]) -> int | None:
        """Where "مع/ضد/على" splits the actors after a fighting noun that an agent cue ("خاضتها",
        "يشنها") introduces: "… التي خاضتها X وY، مع Z"."""
        if len(after) < 2:
            return None
        cues = _relation_cues()
        lead = range(max(0, after[0].i - 3), after[0].i)
        if not any(cues.get(self.tokens[t].key) == "agent" for t in lead):
            return None
        # "المعارك التي يشنها X على مواقع Y": who wages them on whom (على only before the foe or its positions, not
        # "على مشارف الفلوجة")
        return next((t for t in range(after[0].j, after[-1].i) if self.tokens[t].key in ("مع", "ضد")
                     or self.tokens[t].key == "علي" and self.foe_after_on(t, after)),
                    None)

    def foe_after_on(self, t: int, after: list[Mention]) -> bool:
        """"على" at ``t`` names the foe or its ground: an actor, positions or a place noun right after it
        ("على مواقع الحوثيين", "على أحياء تابعة لقوات النظام"; not "على مشارف الفلوجة")."""
        nxt = self.tokens[t + 1].key
        return any(m.i == t + 1 for m in after) or nxt in _cue_forms("position") or nxt in area_nouns() \
            or nxt.removeprefix("ال") in self.lx.place_nouns

    def alongside(self, after: list[Mention]) -> int | None:
        """"معارك مع X في مواجهة Y", "قاتل مع X ضد Y": X fights alongside; the index of the word
        that turns to the enemy."""
        if len(after) < 2 or after[0].i < 1 or self.tokens[after[0].i - 1].key != "مع":
            return None
        for t in range(after[0].j, after[-1].i):
            if self.tokens[t].key == "ضد" or self.tokens[t].key == "مواجهه" and self.tokens[t - 1].key == "في":
                return t
        return None

    def genitive_versus(self, tr: Trigger, after: list[Mention]) -> Mention | None:
        """"قتال الحكومة ضد طالبان": a fighting noun, its genitive, then "ضد" and the enemy (returned)."""
        if tr.frame != "noun" or len(after) < 2 or after[0].i != tr.j:
            return None
        enemy = after[1]
        gap = [t.key for t in self.tokens[after[0].j : enemy.i]]
        return enemy if gap == ["ضد"] else None

    def first_enemy_conjunct(self, after: list[Mention]) -> int | None:
        """Where the second side of "بين X وY وZ" starts: at the first conjunct that is no ally of
        the actors before it ("بين مليشيا الحوثي وصالح والمقاومة والجيش": the Houthis and Saleh's
        forces are one side), else at the first conjunct."""
        conjuncts = [n for n, m in enumerate(after) if n and (m.prefix.startswith("و") or self._conjoined_head(m))]
        for n in conjuncts:
            if not any(allied(self.doc, self.lx, a.ref, after[n].ref) for a in after[:n]):
                return n
        return conjuncts[0] if conjuncts else None

    def two_sides_before(self, k: int) -> tuple[list[str], list[str]] | None:
        """The last two different actors named before token k, in this sentence or the one before,
        each with the actors joined to it by و ("9 من ميليشيات الحوثي وقوات صالح واثنان من رجال
        المقاومة في مواجهات بين الطرفين": the Houthis and Saleh's forces are one side, but not "بين X وY");
        a reporter of the sentence only when it does what it reports (_reporter_acts)."""
        earlier = self.doc.mentions[self.index - 1] if self.index > 0 else []
        here = [m for m in self.doc.mentions[self.index] if m.kind == "actor" and m.ref and m.i < k and m.how != "source"
                and m.ref not in _observers()]
        pool = [(0, m) for m in earlier if m.kind == "actor" and m.ref and m.how != "source"] + \
               [(1, m) for m in here if m in self.mentions or self._reporter_acts(m)]
        pool = [(s, m) for s, m in pool if m.ref not in _observers()]
        sides = self._last_two_sides(pool)
        if sides is not None and any(m.ref in sides[0] + sides[1] for s, m in pool if s == 0) \
                and len({m.ref for m in here}) >= 2:
            # "أعلنت المقاومة بداية معركة تحرير تعز من المليشيا الحوثية والقوات الموالية للمخلوع صالح، بعد
            # أربعة أشهر من المواجهات بين الطرفين": the announcer is a side, not an actor of the sentence before
            sides = self._last_two_sides([(1, m) for m in here]) or sides
        return sides

    def two_sides_after(self, k: int) -> tuple[list[str], list[str]] | None:
        """The first two different actors the sentence names after token k, each with its و-conjuncts."""
        here = [m for m in self.doc.mentions[self.index] if m.kind == "actor" and m.ref and m.i >= k and m.how != "source"
                and m.ref not in _observers()]
        sides: list[list[str]] = []
        for n, m in enumerate(here):
            joined = n > 0 and m.prefix.startswith("و") and here[n - 1].j == m.i  # "الحوثيون وقوات صالح": one side
            if joined and sides and m.ref not in sides[-1] and not any(m.ref in x for x in sides[:-1]):
                sides[-1].append(m.ref)
            elif not any(m.ref in x for x in sides):
                if len(sides) == 2:
                    break
                sides.append([m.ref])
        return (sides[0], sides[1]) if len(sides) == 2 else None

    def _last_two_sides(self, pool: list[tuple[int, Mention]]) -> tuple[list[str], list[str]] | None:
        """The last two sides of a pool of (sentence, mention), each with its و-conjuncts."""
        sides: list[list[str]] = []
        n = len(pool) - 1
        while n >= 0 and len(sides) < 2:
            s, m = pool[n]
            if any(m.ref in side for side in sides):
                n -= 1
                continue
            side = [m.ref]
            while n > 0 and m.prefix.startswith("و") and pool[n - 1][0] == s and pool[n - 1][1].j == m.i \
                    and not self._after_bain(s, pool[n - 1][1]):  # "بين داعش ووحدات الحماية": two sides, not one
                n -= 1  # the conjunct before it, right next to it
                m = pool[n][1]
                if not any(m.ref in x for x in sides):
                    side.insert(0, m.ref)
            sides.append(side)
            n -= 1
        if len(sides) == 1 and len(set(sides[0])) > 1:  # "مقاتلون من الطوارق وقبيلة تبو … الاشتباكات بين الطرفين": the two named
            sides = [sides[0][1:], sides[0][:1]]
        return (sides[1], sides[0]) if len(sides) == 2 else None

    def _reporter_acts(self, m: Mention) -> bool:
        """A reporter is a side when it does what it reports: the doer of an event built already, or no
        other actor stands between it and the next event ("أعلنت المقاومة بدء عملية … حيث شنت هجمات";
        not "أعلنت روسيا أن الجيش السوري حرر تدمر")."""
        if any(m.ref in e.actors for e in self.built):
            return True
        nxt = next((x.i for x in find_triggers(self.tokens[m.j :], self.lx)), None)
        return nxt is not None and not any(x.kind == "actor" for x in self._window(m.j, m.j + nxt))

    def _after_bain(self, s: int, m: Mention) -> bool:
        """m stands right after "بين" (in this sentence, s = 1, or the one before, s = 0)."""
        toks = self.tokens if s else self.doc.tokens[self.index - 1]
        return m.i > 0 and toks[m.i - 1].key == "بين"

    def _sides_end(self, b: int) -> int:
        """Where the sides of "بين … من جهة … من جهة أخرى" end (at most 40 tokens on)."""
        cues = _relation_cues()
        sides = 0
        for k in range(b, min(b + 40, len(self.tokens))):
            if cues.get(self.tokens[k].key) == "second_side" and not self.explains(k):  # "… من جهة وبين Y": Y, then the end
                return min(k + WINDOW, len(self.tokens))
            if cues.get(self.tokens[k].key) == "side":
                sides += 1
                if sides == 2:
                    return k
        return min(b + WINDOW + 6, len(self.tokens))

    def _engages(self, tr: Trigger) -> bool:
        """"واشتبكت مع مسلحي داعش": a clash verb whose "مع" names the enemy."""
        return any(b in _ENGAGE_VERBS for _, b in clitic_candidates(self.tokens[tr.i].key))

    def _backing(self, m: Mention) -> bool:
        """A backer, not a side: aircraft, which strike rather than clash ("في مواجهات وغارات لطيران
        التحالف", "المدعومين بطيران التحالف"), or a foreign force or coalition in a support phrase
        ("المقاتلين المحليين المدعومين بالتحالف"); ground forces that back a side ("المسنودة بقوات
        الجيش الوطني") fight beside it."""
        if _relation_cues().get(self.tokens[m.i].key[len(m.prefix):]) == "aircraft":
            return True
        actor = self.lx.actors.get(m.ref)
        return actor is not None and actor.acled_type == "External/Other Forces" and in_support_phrase(self.tokens, m.i)

    def victims_state_before(self, i: int) -> str:
        """"قتل جندي تركي في اشتباك مع X": soldiers of a state, named by a nationality adjective
        in the clause before the fighting noun, are that state's side of the fight."""
        for t in range(i - 1, max(0, i - 8), -1):
            if self._break_between(t, i):
                break
            state = nationality(self.tokens[t].key)
            if state in self.lx.actors and self.lx.victims.get(self.tokens[t - 1].key.removeprefix("و")) == "soldiers":
                return state
        return ""

    def exchange(self, tr: Trigger, ev: Event) -> Event | None:
        """"تبادلت X إطلاق النيران مع Y", "تبادلت X مع Y إطلاق النار": the subject and the side after
        "مع"; with no "مع", the conjuncts of the subject ("تبادلت القوات الهندية والباكستانية إطلاق النار").
        Placed past the firing noun ("المهيمنة على البلاد" describes the subject)."""
        fire = exchanges_fire(self.tokens, tr.i) or tr.j
        end = next((k for k in range(fire + 2, min(fire + 10, len(self.tokens))) if self.tokens[k].kind == "punct"),
                   min(fire + 10, len(self.tokens)))
        with_at = next((k for k in range(tr.j, end) if self.tokens[k].key == "مع"), None)
        acts = [m for m in self._window(tr.j, end) if m.kind == "actor" and m.how != "source"]
        if with_at is None:
            group = self.coordinated(acts[0]) if acts else []
            return self.sides(tr, ev, [m.ref for m in group[:1]], [m.ref for m in group[1:]], [], fire)
        before = [m for m in acts if m.i < with_at]
        after = [m for m in acts if m.i > with_at]
        subject = self.coordinated(before[0]) if before else [m for m in [self.last_before(tr.i, ("actor",), 6)] if m is not None]
        return self.sides(tr, ev, [m.ref for m in subject], [m.ref for m in self.coordinated(after[0])] if after else [], [], fire)

    def sides_of_the_killing(self, tr: Trigger) -> tuple[list[str], list[str]] | None:
        """"وقتلت القوات العراقية 12 مسلحا من داعش في اشتباكات": a fight noun with no side of its own, right
        after the killing verb it tells the setting of (in its clause, after في), is fought by the killer
        and the side of the dead."""
        if tr.i == 0 or self.tokens[tr.i - 1].key not in ("في", "خلال") or not self.built:
            return None
        last = self.built[-1]
        end = next((k for k, t in enumerate(self.tokens) if t.start >= last.trigger_end), tr.i)
        if last.type != "attack" or not last.actors or tr.i - end > 8 \
                or any(t.kind == "punct" for t in self.tokens[end : tr.i]):
            return None
        foes = [a for a in last.targets if a in self.lx.actors or a in self.doc.actors]
        return (list(last.actors), foes) if foes else None

    def between_pronoun_and(self, tr: Trigger) -> tuple[list[str], list[str]] | None:
        """"اشتباكات بينها وبين X": the pronoun's referent (the nearest agreeing actor before) is one side,
        X and its conjuncts the other."""
        k = tr.j + (tr.j < len(self.tokens) and self.tokens[tr.j].kind == "word" and self.tokens[tr.j].key not in _BETWEEN_PRONOUNS)
        if k + 1 >= len(self.tokens) or self.tokens[k].key not in _BETWEEN_PRONOUNS or self.tokens[k + 1].key != "وبين":
            return None
        other = self.first_after(k + 2, ("actor", "place"), 3)
        key = self.tokens[k].key
        feminine, plural = key.endswith(("ها", "هما")), key.endswith("هم")
        # the nearest agreeing actor of this sentence, a reporter too ("وأشارت المقاومة إلى مقتل 22 حوثيا في
        # اشتباكات جرت بينها وبين الحوثيين"); none, no side
        ref = next((m for m in reversed(self.doc.mentions[self.index]) if m.kind == "actor" and m.ref and m.j <= k
                    and (plural or self.feminine_actor(m) == feminine) and not m.prefix.endswith(("ل", "ب"))
                    and not (m.i > 0 and self.tokens[m.i - 1].key in _GOVERNING) and not self._supporter(m)), None)
        # the nearest agreeing actor (not "مقرا للفرقة 30": what was hit; not "بغطاء من طائرات التحالف": a backer)
        if other is None or other.kind != "actor" or ref is None or ref.ref == other.ref:
            return None
        side = self.conjuncts_of(ref) if ref in self.mentions else [ref]  # "لهجمات من قبل حزب الله وقوات النظام … بينهم": all
        return [m.ref for m in side], [m.ref for m in self.coordinated(other)]

    def _conjoined_head(self, m: Mention) -> bool:
        """"وتحالف مليشيات الحوثي", "وجيوب الحوثيين": the و of a head noun or a noun of positions right
        before the actor joins it to the list."""
        if m.i == 0:
            return False
        t = self.tokens[m.i - 1]
        head = t.key[1:]
        return t.kind == "word" and t.key.startswith("و") and not self._window(m.i - 1, m.i) \
            and (head in self.lx.actor_heads or head in _FORCE_NOUNS or head in _ALLIANCE_NOUNS  # not "واتهمت المقاومة"
                 or head in _cue_forms("position"))  # "بين المقاومة وجيوب الحوثيين وقوات صالح"

    def fights_on_side_of(self, tr: Trigger) -> bool:
        """"ويقاتل مسلحون أجانب إلى جانب تنظيم داعش": after the verb's subject, the side it takes, and no
        foe; not "التي تقاتل بوكو حرام إلى جانب الجيش" or "قوات سوريا الديمقراطية تقاتل داعش إلى جانب
        التحالف" (the subject before the verb, the foe after it), nor "… إلى جانب X ضد Y"."""
        if tr.frame != "verb":
            return False
        following = self.actors_after(tr.j, WINDOW)
        side = next((m for m in following if [t.key for t in self.tokens[max(m.i - 2, 0) : m.i]] in _ALONGSIDE), None)
        if side is None or any(t.key in ("ضد", "مع") for t in self.tokens[side.j : side.j + WINDOW]):
            return False
        subject_before = tr.i > 0 and (self.tokens[tr.i - 1].key in _RELATIVE_WORDS or any(m.j == tr.i for m in self.mentions))
        return len([m for m in following if m.i < side.i]) <= (0 if subject_before else 1)

    def faces_armed_side(self, tr: Trigger) -> bool:
        """"في مواجهة X" is a fight only with an armed side named right after it ("في مواجهة متطرفي
        طالبان", "في مواجهة الحوثيين"); not a stance against a state or an idea ("تضامنها مع المملكة
        في مواجهة إيران", "في مواجهة الإرهاب", "في مواجهة مناطق سيطرة الوحدات")."""
        if not self.facing(tr):
            return True
        lead = tr.j < len(self.tokens) and self.tokens[tr.j].key in _FIGHTERS_LEAD  # "في مواجهة متطرفي طالبان", not "وفد الحكومة"
        side = next((m for m in self.mentions if m.kind == "actor" and tr.j <= m.i <= tr.j + lead), None)
        actor = self.lx.actors.get(side.ref) if side is not None else None
        return side is not None and (actor is None or actor.acled_type != "External/Other Forces")

    def clash(self, tr: Trigger, ev: Event) -> Event | None:
        """Sides of a fight: "اشتباكات بين X و Y", "بين X وY من جهة وZ من جهة أخرى",
        "معارك مع X" (the other side is the clause's subject). Actors = one side, targets = the other."""
        if tr.frame == "exchange":
            return self.exchange(tr, ev)
        if not self.faces_armed_side(tr):
            return None
        if self.waged(tr) and not self.fight_noun_before(tr):
            side = self.waging_side(tr)
            if side is None:
                return None
            fought = self._sides(tr, ev)
            if fought is not None:
                fought.actors = [side.ref]
                fought.targets = [t for t in fought.targets if t != side.ref]
            return fought if fought is not None and fought.targets else None
        return self._sides(tr, ev)

    def facing(self, tr: Trigger) -> bool:
        """The trigger is "في مواجهة" (a front), not a fight noun."""
        return tr.j - tr.i == 2 and self.tokens[tr.i + 1].key in _FACING

    def waged(self, tr: Trigger) -> bool:
        """A war or a front a side stands on: "في حربها ضد X", "في مواجهة X" (not "اشتباكات مع X")."""
        return self.facing(tr) or any(b in _WAR_NOUNS for _, b in clitic_candidates(self.tokens[tr.i].key))

    def fight_noun_before(self, tr: Trigger) -> bool:
        """"إثر قتال عنيف في مواجهة مليشيات الحوثي": the front names whom a fight told just before was against;
        its sides are that fight's."""
        for k in (tr.i - 1, tr.i - 2):
            hit = self.lx.triggers.longest(self.tokens, k) if k >= 0 else None
            if hit and hit[2][0][0] == "clash" and hit[0] + k <= tr.i:
                return True
        return False

    def waging_side(self, tr: Trigger) -> Mention | None:
        """Who wages a war or stands on a front: the actor named right before it ("قوات البشمركة في حربها ضد
        المتطرفين", "لمساعدة الحكومة الصومالية في مواجهة حركة الشباب", "الجيش الأفغاني وحده في مواجهة"), in a
        sentence of no earlier year. Farther back the words between say whose it is ("فلسفته وأسلوبه في مواجهة
        داعش", "تعاونها في مواجهة داعش", "حليفتها في حلف شمال الأطلسي، في حربها"), and a year names a past war
        ("قوات صالح في حرب صيف عام 1994، في حربها ضد الجنوب")."""
        tokens = self.tokens
        published = self.doc.article.published
        for n, t in enumerate(tokens):
            since = any(x.key == "منذ" for x in tokens[max(0, n - 2) : n])  # "منذ عام 2007": a war still fought
            if t.kind == "num" and t.key.isdigit() and len(t.key) == 4 and not since \
                    and 1900 < int(t.key) < (published.year if published else 2100):
                return None
        k = tr.i - 1 - (tr.i > 0 and tokens[tr.i - 1].key == "في")  # "قوات البشمركة في حربها"
        actor_ends = {m.j for m in self.mentions if m.kind == "actor"}
        skipped_phrase = False
        while k >= 0 and k + 1 not in actor_ends:
            if tokens[k].key in _ALONE or is_definite_nisba(tokens[k].key):
                k -= 1  # "الجيش الأفغاني وحده في مواجهة", "قوات البشمركة الكردية في حربها"
                continue
            at = next((x for x in range(k, max(-1, k - 3), -1) if tokens[x].key in ("في", "علي")), None)
            if at is None or skipped_phrase or any(t.kind != "word" for t in tokens[at : k + 1]) \
                    or any(at <= m.i <= k for m in self.mentions):
                break
            k, skipped_phrase = at - 1, True  # "وحده في الخطوط الأمامية في مواجهة": past one short phrase of where
        return next((m for m in self.mentions if m.kind == "actor" and m.j == k + 1 and not m.prefix.endswith("ب")), None)

    def _sides(self, tr: Trigger, ev: Event) -> Event | None:
        """The two sides of a fight, by its words ("بين X وY", "مع X")."""
        next_words = [t.key for t in self.tokens[tr.j : tr.j + 2]]
        if next_words[:2] in _ALONGSIDE or next_words[:1] == ["مع"] and tr.frame == "verb" and not self._engages(tr):
            return None  # "يقاتل إلى جانب X", "في صفوف X", "يحارب تحت راية X", "يقاتل مع الحوثيين": alongside X
        if self.fights_on_side_of(tr):
            return None
        after: list[Mention] = []
        b = next((k for k in range(tr.j, min(tr.j + 14, len(self.tokens))) if self.tokens[k].key == "بين"), None)
        between = b is not None and not self._break_between(tr.j, b)
        # "بين X وY وZ من جهة، وW من جهة أخرى": both sides, however long, up to "أخرى"
        reach = self._sides_end(b) - tr.j if between else WINDOW + 6
        for m in self.actors_after(tr.j, reach):
            if m.ref not in [a.ref for a in after]:
                after.append(m)
        if not between and not after and (pair := self.sides_of_the_killing(tr)) is not None:
            return self.sides(tr, ev, *pair, after)  # "قتلت القوات العراقية 12 مسلحا من داعش في اشتباكات قرب الفلوجة"
        if not between and (pair := self.between_pronoun_and(tr)) is not None:
            return self.sides(tr, ev, *pair, after)  # "ووقعت اشتباكات بينها وبين عناصر الفرقة"
        both = between and b + 1 < len(self.tokens) and self.tokens[b + 1].key in _BOTH_SIDES
        cause = next((k for k in range(b + 2, min(b + 16, len(self.tokens))) if self.tokens[k].key in _BACKGROUND), None) if both else None
        # "اشتباكات بين الطرفين": the two sides of the fight told after it ("…، عقب هجوم شنه الحوثيون وقوات صالح على
        # مواقع المقاومة"), else the two just named (not the sides of another clause: "فيما شنت طائرات التحالف")
        pair = ((self.two_sides_after(cause) if cause is not None else None) or self.two_sides_before(tr.i)) if both else None
        if pair is not None:
            ev.actors, ev.targets = pair
            return ev
        if both and not after:
            return None
        if between and after:
            if any(_relation_cues().get(t.key) == "side" for t in self.tokens[b + 1 : after[0].i]):
                return None  # "بين المقاتلين المحليين من جهة، وقوات النظام وحزب الله …": one side unnamed
            last = after[-1].j
            cut = next((k for k in range(after[0].j, min(last, len(self.tokens)))
                        if _relation_cues().get(self.tokens[k].key) == "side"
                        or _relation_cues().get(self.tokens[k].key) == "second_side" and not self.explains(k)), None)
            if cut is not None and any(m.i > cut for m in after):
                side_a = [m.ref for m in after if m.i < cut]
                side_b = [m.ref for m in after if m.i > cut]
            else:  # "بين X المسنودة بـZ وY": the side after the first و; a supporter stays with its side
                split = self.first_enemy_conjunct(after)
                if split is not None:
                    side_a, side_b = [m.ref for m in after[:split]], [m.ref for m in self.coordinated(after[split])]
                else:
                    side_a, side_b = [after[0].ref], [m.ref for m in after[1:2]]
        elif (enemy_at := self.alongside(after)) is not None:
            # "تخوض هذه المجموعات معارك مع الجبهة في مواجهة تنظيم داعش": with X, against Y
            subj = self.last_before(tr.i, ("actor",), 12)
            side_a = ([subj.ref] if subj is not None else []) + [m.ref for m in after if m.i < enemy_at]
            side_b = [m.ref for m in self.coordinated(next(m for m in after if m.i > enemy_at))]
        elif (split_at := self.versus(after)) is not None:
            # "الاشتباكات التي خاضتها الفرقة الرابعة وحزب الله، مع الفصائل": who waged them, then against whom
            side_a = [m.ref for m in after if m.i < split_at]
            side_b = [m.ref for m in after if m.i > split_at]
        elif (enemy := self.genitive_versus(tr, after)) is not None:
            # "قتال الحكومة ضد طالبان ومتشددي الدولة الإسلامية": the noun's genitive against the rest
            side_a = [m.ref for m in self.coordinated(after[0])]
            side_b = [m.ref for m in self.coordinated(enemy)]
        elif tr.frame == "verb" and tr.i > 0 and self.tokens[tr.i - 1].key in _RELATIVE_WORDS:
            # "وحدات حماية الشعب، التي تقاتل التنظيم": the antecedent fights the object; no antecedent actor, no sides
            ante = next((m for m in self.doc.mentions[self.index] if m.kind == "actor" and m.ref and tr.i - 3 <= m.j <= tr.i - 1), None)
            # (the sentence's reporter too: "وقالت وحدات حماية الشعب، التي تقاتل تنظيم داعش، إنها")
            if ante is None or not after:
                return None
            side_a, side_b = [ante.ref], [m.ref for m in self.coordinated(after[0])]
        elif tr.frame == "verb" and self.tokens[tr.j - 1].key.endswith(("ها", "هم", "هما")) and tr.j - tr.i == 1 \
                and not self.lx.triggers.longest(self.tokens, tr.i):
            # "جماعات تقاتلها جبهة النصرة": the pronoun is the other side; an actor named before it, or none
            other = self.last_before(tr.i, ("actor",), 6)
            if other is None or not after:
                return None
            side_a, side_b = [after[0].ref], [other.ref]
        elif tr.frame == "verb" and after and after[0].i <= tr.j + 1 and len(after) > 1:
            # "وتقاتل القوات النظامية التنظيم", "تتصدى الوحدات للمتشددين": subject after the verb, then the enemy
            subject = self.coordinated(after[0])
            side_a = [m.ref for m in subject]
            against = lambda m: any(t.key == "ضد" for t in self.tokens[subject[-1].j : m.i])  # "يقاتل داعش في الحسكة ضد X"
            end = subject[-1].j
            if end < len(self.tokens) and _relation_cues().get(self.tokens[end].key) == "allied_by":
                backer = next((m for m in after if end < m.i <= end + 3), None)  # "وتقاتل الحكومة الصومالية المدعومة
                end = self.coordinated(backer)[-1].j if backer is not None else end + 4  # من قوة أفريقية حركة الشباب"
            rest = [m for m in after if end <= m.i <= end + 3 or m.i > subject[-1].j and against(m)]
            side_b = [m.ref for m in self.coordinated(rest[0])] if rest else []
        elif self.last_before(tr.i, ("actor",), 12) is None and len(after) > 1 \
                and any(t.key in ("علي", "ضد") for t in self.tokens[after[0].j : after[1].i]) \
                and not any(t.kind == "punct" for t in self.tokens[tr.j : after[1].i]):
            # "معارك ضارية … انتصر فيها المقاتلون الأكراد السوريون في يناير على تنظيم داعش": the two it names
            side_a, side_b = [after[0].ref], [m.ref for m in self.coordinated(after[1])]
        else:
            subj = self.last_before(tr.i, ("actor",), 12)
            abstract = any(b.removeprefix("ال") in _ABSTRACT_FIGHT for _, b in clitic_candidates(self.tokens[tr.i].key))
            if abstract and subj is not None and (tr.i - subj.j > 4 or any(t.kind == "punct" for t in self.tokens[subj.j : tr.i])):
                subj = None  # "التصدي لداعش … سيكون شبه مستحيل": an idea, no side named for it
            head = subj.ref if subj is not None else "" if abstract else self.victims_state_before(tr.i) or self.ground_topic_actor()
            side_a = [head] if head else []
            if subj is not None:
                nxt = [m for m in self._window(subj.j, tr.i) if m.kind == "actor" and m.j <= tr.i]
                side_a += [m.ref for m in nxt if m.prefix.startswith("و") or _relation_cues().get(self.tokens[m.i - 1].key) == "allied_by"]
            side_b = [after[0].ref] if after else []
            for m in after[1:]:
                if m.prefix.startswith("و"):
                    side_b.append(m.ref)
                else:
                    break
        beside = next((m for m in after if [t.key for t in self.tokens[max(m.i - 2, 0) : m.i]] in _ALONGSIDE
                       and not any(t.kind == "punct" for t in self.tokens[tr.j : m.i])), None)
        if side_a and side_b and beside is not None and beside.ref not in side_a + side_b:
            side_a = side_a + [beside.ref]  # "ميليشيا الدفاع الذاتي التي تقاتل بوكو حرام الى جانب الجيش النيجيري": the army too
        return self.sides(tr, ev, side_a, side_b, after)

    def sides(self, tr: Trigger, ev: Event, side_a: list[str], side_b: list[str], after: list[Mention],
              start: int | None = None) -> Event | None:
        """The event of a fight between two sides (none without both), placed at the first place after
        ``start`` (the trigger's end unless given)."""
        air = {m.ref for m in after if self._backing(m)} - {m.ref for m in after if not self._backing(m)}
        side_a = [a for a in side_a if a not in air]  # "المقاومة المدعومين بطيران التحالف": the jets strike, they do not clash
        side_b = [b for b in side_b if b not in side_a and b not in air]
        if not side_a or not side_b:
            return None
        ev.actors, ev.targets = list(dict.fromkeys(side_a)), list(dict.fromkeys(side_b))
        for aid in ev.actors + ev.targets:
            if aid in self.lx.actors:
                self.doc.use_actor(self.lx.actors[aid])  # "قتل جندي تركي في اشتباك": a side named by an adjective
        start = tr.j if start is None else start
        loc = next((m for m in self._window(start, start + WINDOW + 4) if m.kind == "place"), None)
        if loc is not None:
            ev.places.append(loc.ref)
        return ev
