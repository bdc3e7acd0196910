"""Clashes: who fights whom, and fighting that is no clash.

Sentences are real newswire sentences (the seeds, SaudiNewsNet) or close
paraphrases of them; each row names the phenomenon it exercises.
"""
import pytest

from tests.extract import facts


@pytest.mark.parametrize(
    "text, fact, stated",
    [
        # sides of a fight listed at length, up to "من جهة أخرى"
        ("وتستمر الاشتباكات في المدينة، بين قوات النظام وحزب الله وجيش التحرير الفلسطيني وقوات الدفاع الوطني من جهة، "
         "والفصائل الإسلامية ومسلحين محليين من جهة أخرى.", ("national-defence-forces", "clashesWith", "syrian-opposition"), True),
        # a fighting verb with its subject and enemy after it; supporters are not the agent
        ("وتقاتل القوات النظامية تنظيم داعش الذي شن هجوما على المدينة.", ("syrian-government", "clashesWith", "isis"), True),
        # "ما بين X المسنودة بـZ وY": sides split at the first و, a supporter with its side; a relative verb's subject is its antecedent
        ('وتشهد مدينة الفلوجة معارك عنيفة في أطرافها ما بين القوات الأمنية العراقية المسنودة بفصائل الحشد الشعبي وتنظيم "داعش" الذي يسيطر على المدينة.',
         ("popular-mobilization-forces", "clashesWith", "isis"), True),
        # "مسرحاً لاشتباكات": a plural event noun after ل is no purpose; sides split at "من جهة"
        ("وكانت المنطقة مسرحاً لاشتباكات عنيفة بين حزب الله وقوات النظام من جهة، والفصائل الإسلامية من جهة أخرى.",
         ("hezbollah", "clashesWith", "syrian-opposition"), True),
        # "بين" several words after the fighting noun; "، وبين Y": Y is the other side
        ("وقد تجددت المعارك العنيفة الخميس في مدينة درعا في جنوب سوريا بين قوات النظام ومقاتلي المعارضة.",
         ("syrian-government", "clashesWith", "syrian-opposition"), True),
        ("أن اشتباكات عنيفة دارت أمس، بين الجيش السوري النظامي ومقاتلي حزب الله اللبناني، وبين مقاتلي جيش الفتح في سهل الغاب.",
         ("hezbollah", "clashesWith", "jaysh-al-fath"), True),
        # a unit named by a number after its head noun is its own actor
        ("دارت اشتباكات صباح أمس بين مقاتلي الفرقة 16 مشاة وقوات النظام في حي الخالدية بمدينة حلب.",
         ("al-frqa-16-mshaa", "clashesWith", "syrian-government"), True),
        # "اشتباكات بين الطرفين": the two sides just named, here or in the sentence before
        ("وهاجمت المعارضة مواقع قوات النظام. لتدور بعدها اشتباكات بين الطرفين.", ("syrian-opposition", "clashesWith", "syrian-government"), True),
        # "الاشتباكات التي خاضتها X وY، مع Z": who waged them, then against whom
        ("وتحدث عن الاشتباكات العنيفة التي خاضتها الفرقة الرابعة وحزب الله، مع الفصائل المعارضة في مدينة الزبداني.",
         ("hezbollah", "clashesWith", "syrian-opposition"), True),
        # the antecedent of a relative clash verb fights its object
        ("وقالت إن وحدات حماية الشعب الكردية، التي تقاتل تنظيم داعش في شمال سوريا، وتعتبرها واشنطن شريكاً.",
         ("ypg", "clashesWith", "isis"), True),
        # a future verb far before the noun
        ("قالت تركيا ان التحالف سيشن قريبًا من القواعد الجوية التركية «معركة شاملة» ضد تنظيم داعش.", ("us-led-coalition", "clashesWith", "isis"), False),
        ("وخاض تنظيم داعش المعركة التي دارت بين التنظيم ووحدات حماية الشعب في الحسكة.", ("isis", "clashesWith", "ypg"), True),
        ("تصاعدت المعركة الدبلوماسية بين تركيا وروسيا.", ("turkey", "clashesWith", "russia"), False),
        ("جرت مناوشات كلامية بين وفد النظام ووفد المعارضة.", ("syrian-government", "clashesWith", "syrian-opposition"), False),
        ("تحارب السعودية تمويل الإرهاب بالتعاون مع الولايات المتحدة.", ("saudi-arabia", "clashesWith", "united-states"), False),
        ("ويقاتل داعش في محافظة الحسكة ضد وحدات حماية الشعب.", ("isis", "clashesWith", "ypg"), True),
        # fighting as an idea has no side but its own, never the topic's
        ("وقصفت تركيا مواقع داعش. غير أن التصدي لداعش في سوريا سيكون شبه مستحيل.", ("turkey", "clashesWith", "isis"), False),
        ("وتقول تركيا إنها تريد المساعدة. لكن ذلك سيقوض قدرة دمشق على قتال تنظيم داعش.", ("turkey", "clashesWith", "isis"), False),
        ("وتواصل قوات البيشمركة قتال تنظيم داعش في سنجار.", ("peshmerga", "clashesWith", "isis"), True),
        # recall audit 5: triggers the news use ("في أيدي", "تطويق", "تبادل لإطلاق النار", "اعتداء", duals)
        ("ووقع تبادل لإطلاق النار بين الجيش التركي وتنظيم داعش على الحدود.", ("turkey", "clashesWith", "isis"), True),
        # a claimed fight, a fight "instead of" or "rather than" another, is not stated
        ("ويزعم الحوثيون أنهم يقاتلون عناصر تنظيم القاعدة في صنعاء.", ("houthis", "clashesWith", "al-qaeda"), False),
        ("وقال إن تركيا تدعي قتال داعش.", ("turkey", "clashesWith", "isis"), False),
        ("وقال إن هدف تركيا خدمة أمنها وليس قتال نظام الأسد.", ("turkey", "clashesWith", "syrian-government"), False),
        # standing allies (alliances.tsv) are never each other's enemy in a misread list of sides
        ("واندلعت اشتباكات عنيفة بين الحوثيين وقوات صالح والجيش الوطني في تعز اليمنية.", ("houthis", "clashesWith", "saleh-forces"), False),
        ("وتدور اشتباكات بين قوات النظام وحزب الله من جهة والفصائل من جهة أخرى في الزبداني.", ("syrian-government", "clashesWith", "hezbollah"), False),
        ("وتدور اشتباكات بين قوات النظام وحزب الله من جهة والفصائل من جهة أخرى في الزبداني.", ("hezbollah", "clashesWith", "syrian-opposition"), True),
        # an actor in brackets after another glosses it: no second side
        ("وتشهد المنطقة اشتباكات بين قوات النظام من جهة، والفصائل الإسلامية وجبهة النصرة (تنظيم القاعدة في بلاد الشام) من جهة أخرى.", ("syrian-government", "clashesWith", "al-qaeda"), False),
        # an imminent battle ("معركة وشيكة") has not been fought
        ("وقال إن معركة وشيكة تلوح بين القوات العراقية وتنظيم داعش في الرمادي.", ("iraqi-government", "clashesWith", "isis"), False),
        # standing allies of 2015 (alliances.tsv) do not fight each other: a clash between them misreads the sides
        ("إذ إن حزب الله - الميليشيا اللبنانية الشيعية التي تدعمها إيران - يقاتل في سورية منذ أربع سنوات، وقد ساعد نظام الأسد.", ("iran", "clashesWith", "syrian-government"), False),
        # "اشتبك مع X": X is the enemy (unlike "يقاتل مع X", alongside X); the subject carries from the verb before
        ("وقال إن القوات العراقية دخلت مدينة الرمادي واشتبكت مع مسلحي داعش.", ("iraqi-government", "clashesWith", "isis"), True),
        ("وقالت مصادر إن قوات البيشمركة اشتبكت مع عناصر داعش قرب كركوك.", ("peshmerga", "clashesWith", "isis"), True),
        # soldiers of a state killed "في اشتباك مع X": that state is the other side
        ("وقتل جندي تركي في اشتباك مع مقاتلي حزب العمال الكردستاني على الحدود مع العراق.", ("turkey", "clashesWith", "pkk"), True),
        ("قتل ثلاثة جنود عراقيين في اشتباكات مع تنظيم داعش قرب الرمادي.", ("iraqi-government", "clashesWith", "isis"), True),
        ("وقال إن مقاتلين من العشائر يقاتلون مع القوات العراقية ضد داعش في الرمادي.", ("iraqi-government", "clashesWith", "isis"), False),
        # "قتال X ضد Y وZ": the noun's genitive against the others
        ("قتل خمسة في قتال الحكومة ضد طالبان ومتشددي الدولة الإسلامية في ولاية هلمند.", ("afghan-government", "clashesWith", "isis"), True),
        ("قتل خمسة في قتال الحكومة ضد طالبان ومتشددي الدولة الإسلامية في ولاية هلمند.", ("afghan-government", "clashesWith", "taliban"), True),
        # tribesmen are an actor
        ("اندلعت مواجهات بين رجال القبائل وميليشيات الحوثي في مأرب.", ("tribal-fighters", "clashesWith", "houthis"), True),
        # session 13: a clash with no side named takes the last actor that fought on the ground, not the air force
        ("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة. وأشارت المقاومة إلى مقتل 22 حوثيا في اشتباكات جرت بينها وبين الحوثيين بالقرب من مأرب.",
         ("saudi-led-coalition", "clashesWith", "houthis"), False),
        # session 13: aircraft backing a side strike; they are no party to the ground fight
        ("وتجددت المعارك العنيفة بين رجال المقاومة الشعبية المدعومين بطيران التحالف ومسلحي جماعة الحوثيين في تعز.",
         ("saudi-led-coalition", "clashesWith", "houthis"), False),
        ("وتجددت المعارك العنيفة بين رجال المقاومة الشعبية المدعومين بطيران التحالف ومسلحي جماعة الحوثيين في تعز.",
         ("yemeni-popular-resistance", "clashesWith", "houthis"), True),
        # session 13: the actor right before "مدعومة بـ" is the one backed, not an earlier one
        ("اندلعت اشتباكات بين فصائل المعارضة وقوات النظام مدعومة بميليشيا الدفاع الوطني.", ("syrian-opposition", "alliedWith", "national-defence-forces"), False),
        ("اندلعت اشتباكات بين فصائل المعارضة وقوات النظام مدعومة بميليشيا الدفاع الوطني.", ("syrian-government", "alliedWith", "national-defence-forces"), True),
        ("وتأتي الغارات مع استمرار المواجهات بين المقاومة والحوثيين المدعومين بقوات صالح في تعز.", ("houthis", "alliedWith", "saleh-forces"), True),
        # session 13: a fighting verb's object comes after the subject's backer ("المدعومة من قوة أفريقية")
        ("وتقاتل الحكومة الصومالية المدعومة من قوة أفريقية حركة الشباب.", ("somali-government", "clashesWith", "al-shabaab"), True),
        ("وتقاتل القوات النظامية المدعومة بحزب الله فصائل المعارضة في الزبداني.", ("syrian-government", "clashesWith", "syrian-opposition"), True),
        # session 13: a group named after a reporting verb still fights in its relative clause, and its enemy is no reporter
        ("وأكدت قوة الاتحاد الأفريقي التي تقاتل حركة الشباب المتطرفة في الصومال أن المبنى المستهدف هو فندق الجزيرة.",
         ("amisom", "clashesWith", "al-shabaab"), True),
        ("وقالت قوة الاتحاد الأفريقي التي تقاتل حركة الشباب إن جنودها قتلوا خمسة مسلحين.", ("amisom", "clashesWith", "al-shabaab"), True),
        # session 22: a verb of exchanging with a firing noun: the subject against the side after "مع", or its conjuncts
        ("وتبادلت جماعة الحوثي المهيمنة على البلاد وحلفاؤها إطلاق نيران المدفعية مع قوات التحالف على الحدود.",
         ("houthis", "clashesWith", "saudi-led-coalition"), True),
        ("وتبادلت المقاومة والجيش مع الحوثيين والموالين لصالح إطلاق النيران بالمدفعية.", ("yemeni-government", "clashesWith", "saleh-forces"), True),
        ("وتبادلت المقاومة الشعبية وقوات المخلوع صالح إطلاق النار في مدينة الضالع.", ("yemeni-popular-resistance", "clashesWith", "saleh-forces"), True),
        ("وتبادلت المقاومة الشعبية والحوثيون الاتهامات بخرق الهدنة في تعز.", ("yemeni-popular-resistance", "clashesWith", "houthis"), False),
        ("وتبادلت المقاومة الشعبية والحوثيون إطلاق سراح الأسرى في تعز.", ("yemeni-popular-resistance", "clashesWith", "houthis"), False),
        # review (session 22): a ceasefire is no exchange of fire; a reporter that does nothing is no side; "بين X وY" are two sides
        ("وتبادلت الحكومة اليمنية وجماعة الحوثي الاتهامات بانتهاك وقف إطلاق النار في الحديدة.", ("yemeni-government", "clashesWith", "houthis"), False),
        ("وأعلنت روسيا أن الجيش السوري حرر تدمر بعد معارك ضارية بين الطرفين.", ("russia", "clashesWith", "syrian-government"), False),
        ("وأعلنت تركيا أن اشتباكات اندلعت بين تنظيم داعش ووحدات حماية الشعب في تل أبيض، وأن المعارك بين الطرفين مستمرة.",
         ("turkey", "clashesWith", "ypg"), False),
        ("وأعلنت تركيا أن اشتباكات اندلعت بين تنظيم داعش ووحدات حماية الشعب في تل أبيض، وأن المعارك بين الطرفين مستمرة.",
         ("isis", "clashesWith", "ypg"), True),
        # session 22: "بين الطرفين": each side with the actors joined to it by و; a reporter is a side too; two conjuncts, the two sides
        ("وقتل تسعة من ميليشيات الحوثي وقوات صالح واثنان من رجال المقاومة الشعبية في مواجهات بين الطرفين في مأرب.",
         ("houthis", "clashesWith", "yemeni-popular-resistance"), True),
        ("وقتل تسعة من ميليشيات الحوثي وقوات صالح واثنان من رجال المقاومة الشعبية في مواجهات بين الطرفين في مأرب.",
         ("houthis", "clashesWith", "saleh-forces"), False),
        ("وقصفت طائرات التحالف العربي مواقع في عدن. وكانت المقاومة الشعبية قد أعلنت السبت بدء عملية تحرير أبين حيث شنت هجمات واسعة على مواقع الحوثيين وقوات صالح في المدينة واندلعت مواجهات مسلحة بين الطرفين.",
         ("yemeni-popular-resistance", "clashesWith", "saleh-forces"), True),
        ("وقصفت طائرات التحالف العربي مواقع في عدن. وكانت المقاومة الشعبية قد أعلنت السبت بدء عملية تحرير أبين حيث شنت هجمات واسعة على مواقع الحوثيين وقوات صالح في المدينة واندلعت مواجهات مسلحة بين الطرفين.",
         ("saudi-led-coalition", "clashesWith", "saleh-forces"), False),
        ("واستغل مقاتلون من الطوارق وقبيلة التبو الفراغ الأمني في الجنوب. وقال عميد البلدية إن الاشتباكات تفجرت بين الطرفين في سبها.",
         ("tuareg-fighters", "clashesWith", "tebu-fighters"), True),
        ("وتبادلت المقاومة الشعبية والحوثيون الأسرى، ثم أعلن الطرفان إطلاق النار في تعز.", ("yemeni-popular-resistance", "clashesWith", "houthis"), False),
        # session 23: "بين X وY وZ" with no "من جهة": the first side runs over X's allies; a side cue before
        # the first actor named leaves that side unnamed, and no clash within the other
        ("وشهدت مدينة تعز اشتباكات عنيفة بين مليشيا الحوثي وصالح والمقاومة والجيش الموالي للشرعية.",
         ("saleh-forces", "clashesWith", "yemeni-popular-resistance"), True),
        ("وشهدت مدينة تعز اشتباكات عنيفة بين مليشيا الحوثي وصالح والمقاومة والجيش الموالي للشرعية.",
         ("houthis", "clashesWith", "yemeni-government"), True),
        ("واندلعت اشتباكات بين الجيش والمقاومة والحوثيين في تعز.", ("yemeni-popular-resistance", "clashesWith", "houthis"), True),
        ("واندلعت اشتباكات بين الحوثيين والجيش والمقاومة في تعز.", ("houthis", "clashesWith", "yemeni-popular-resistance"), True),
        ("واستمرت الاشتباكات بين المقاتلين المحليين من جهة، وقوات النظام وحزب الله وجيش التحرير الفلسطيني من جهة أخرى، في الزبداني.",
         ("hezbollah", "clashesWith", "palestine-liberation-army"), False),
        # session 24: allies named as the two sides after "بين" did fight; not a pair name, a supporter or a third party
        ("واندلعت اشتباكات امس بين مسلحي جماعة الحوثيين من جهة وقوات صالح من جهة ثانية في صنعاء.", ("houthis", "clashesWith", "saleh-forces"), True),
        ("ودارت مواجهات عنيفة بين الحوثيين وقوات الحرس الجمهوري الموالية للرئيس السابق علي عبد الله صالح.", ("houthis", "clashesWith", "saleh-forces"), True),
        ("واندلعت اشتباكات بين ميليشيات الحوثي وصالح في تعز.", ("houthis", "clashesWith", "saleh-forces"), False),
        ("واندلعت اشتباكات بين قوات النظام مدعومة بقوات الدفاع الوطني ومقاتلين من المعارضة في ريف حلب.", ("syrian-government", "clashesWith", "national-defence-forces"), False),
        ("وشهدت الأحياء مواجهات بين رجال المقاومة وقوات الجيش الموالي للشرعية وبقايا القناصة التابعين للميليشيات.", ("yemeni-popular-resistance", "clashesWith", "yemeni-government"), False),
        ("وتشهد تعز اشتباكات بين الطرفين منذ زحف الحوثيين وقوات صالح إليها.", ("houthis", "clashesWith", "saleh-forces"), False),
        # the و of a head noun joins its actor to the list: "وتحالف مليشيات الحوثي" is the second side
        ("واندلعت معارك عنيفة في محافظة أبين بين قوات الجيش المدعومة بالمقاومة وتحالف مليشيات الحوثي وقوات صالح.", ("yemeni-government", "clashesWith", "houthis"), True),
        ("واندلعت معارك عنيفة في محافظة أبين بين قوات الجيش المدعومة بالمقاومة وتحالف مليشيات الحوثي وقوات صالح.", ("houthis", "clashesWith", "saleh-forces"), False),
    ],
)
def test_sentence_states_fact_or_not(extract_text, text, fact, stated):
    """Each row: a sentence, a fact, and whether the sentence states it."""
    assert (fact in facts(extract_text(text))) == stated, extract_text(text).facts


@pytest.mark.parametrize(
    "text, pair",
    [
        ("وتدور منذ ذلك الحين اشتباكات متقطعة بين تنظيم داعش وقوات النظام السوري.", {"isis", "syrian-government"}),
        ("سيطرت قسد على قرية جديد عكيدات إثر معارك مع تنظيم داعش.", {"syrian-democratic-forces", "isis"}),
        # Yemen (actors in actors.tsv, see tests/extract/test_yemen.py)
        ("واندلعت اشتباكات بين المقاومة الشعبية وقوات المخلوع صالح في مدينة الضالع.", {"yemeni-popular-resistance", "saleh-forces"}),
        ("ودارت مواجهات عنيفة بين القوات الموالية لهادي والمسلحين الحوثيين.", {"yemeni-government", "houthis"}),
    ],
)
def test_clashes(extract_text, text, pair):
    found = facts(extract_text(text), "clashesWith")
    assert any({s, o} == pair for s, _, o in found), found


def test_factions_of_the_opposition_do_not_fight_it(extract_text):
    """Member factions (lexicon parents) are one side with the opposition they belong to."""
    doc = extract_text("ودارت اشتباكات بين قوات النظام من جهة والجيش الحر وفصائل المعارضة من جهة أخرى.")
    assert ("free-syrian-army", "clashesWith", "syrian-opposition") not in facts(doc)
    assert ("syrian-government", "clashesWith", "free-syrian-army") in facts(doc)


def test_fighting_alongside_is_no_clash(extract_text):
    doc = extract_text("وقال إن حزب الله الذي يقاتل إلى جانب قوات النظام خسر عشرات المقاتلين.")
    assert not facts(doc, "clashesWith"), doc.facts


def test_fighting_alongside_one_group_against_another(extract_text):
    doc = extract_text("وقال إن الفصائل تخوض منذ يناير 2014 معارك مع جبهة النصرة في مواجهة تنظيم داعش.")
    assert ("jabhat-al-nusra", "clashesWith", "isis") in facts(doc)
    assert ("syrian-opposition", "clashesWith", "jabhat-al-nusra") not in facts(doc)


def test_fighting_under_a_banner_is_no_clash(extract_text):
    doc = extract_text("وقالت جبهة النصرة إن جماعات في حلب لا تزال تحارب تحت راية «الجيش السوري الحر».")
    assert ("jabhat-al-nusra", "clashesWith", "free-syrian-army") not in facts(doc)


def test_a_clash_verbs_object_pronoun_is_not_a_later_actor(extract_text):
    doc = extract_text("وهناك جماعات في حلب تقاتلها جبهة النصرة، وبعضها لا يزال تحت راية «الجيش السوري الحر».")
    assert ("jabhat-al-nusra", "clashesWith", "free-syrian-army") not in facts(doc)


def test_an_exchange_of_fire_is_placed_past_the_firing_noun(extract_text):
    """"المهيمنة على البلاد" describes the subject; the fire was exchanged "على الحدود", not over the country."""
    doc = extract_text("وتبادلت جماعة الحوثي المهيمنة على البلاد إطلاق نيران المدفعية مع قوات التحالف في محافظة صعدة.")
    clash = next(ev for ev in doc.events if ev.type == "clash")
    assert clash.places == ["saada-governorate-yemen"]


def test_one_side_named_twice_is_no_fight(extract_text):
    """"الجيش الوطني الليبي وقوات حفتر … اشتباكات بين الطرفين": both names are one actor, so no two sides."""
    doc = extract_text("وسيطر الجيش الوطني الليبي وقوات حفتر على المدينة بعد اشتباكات بين الطرفين.")
    assert not [ev for ev in doc.events if ev.type == "clash"], doc.events


@pytest.mark.parametrize("text, fact, stated", [
    # session 26 (audit of clashes): the subject first, then whose side it takes
    ("ويقاتل مسلحون أجانب إلى جانب تنظيم داعش في سوريا.", ("unidentified-armed-group", "clashesWith", "isis"), False),
    ("وقال إن ميليشيا الدفاع الذاتي التي تقاتل بوكو حرام الى جانب الجيش النيجيري قتلت عشرة.",
     ("mylyshya-al-dfa-al-dhaty", "clashesWith", "boko-haram"), True),  # the foe first, then the ally
    # air cover past its adjectives is support, not a side
    ("وقال إن الثوار بغطاء جوي كثيف من طيران التحالف تمكنوا بعد معارك عنيفة مع المتمردين الحوثيين من السيطرة على المدينة.",
     ("saudi-led-coalition", "clashesWith", "houthis"), False),
    ("وقال إن الثوار بغطاء جوي كثيف من طيران التحالف تمكنوا بعد معارك عنيفة مع المتمردين الحوثيين من السيطرة على المدينة.",
     ("yemeni-popular-resistance", "clashesWith", "houthis"), True),
])
def test_allies_and_air_cover_are_no_side(extract_text, text, fact, stated):
    assert (fact in facts(extract_text(text))) == stated, extract_text(text).facts


def test_a_supporter_that_strikes_in_its_own_clause_is_the_striker(extract_text):
    """"بغطاء جوي من طيران التحالف الدولي الذي شن عدة غارات": the coalition made the strikes."""
    doc = extract_text("وأكدت مصادر كردية دخولها حي النشوة بغطاء جوي من طيران التحالف الدولي الذي شن عدة غارات "
                       "استهدفت مواقع التنظيم في محيط المدينة.")
    assert any(e.type == "airstrike" and e.actors == ["us-led-coalition"] for e in doc.events), doc.events


@pytest.mark.parametrize("text, fact", [
    # session 26 (review): the subject before the verb, the foe after it, the ally after "إلى جانب"
    ("وقالت المصادر إن قوات سوريا الديمقراطية تقاتل تنظيم داعش إلى جانب التحالف الدولي في ريف الرقة.", "isis"),
    ("الحشد الشعبي يقاتل داعش إلى جانب القوات العراقية في الفلوجة.", "isis"),
])
def test_a_foe_before_the_ally_keeps_the_fight(extract_text, text, fact):
    assert any(fact in (f.s, f.o) for f in extract_text(text).facts if f.rel == "clashesWith"), extract_text(text).facts


@pytest.mark.parametrize("text, pair, stated", [
    # session 28 (clashes audit): a foreign force in a support phrase backs a side; ground forces fight beside it
    ("ويتواصل القتال بين المقاتلين المحليين المدعومين بالتحالف وقوات الحوثي وصالح في مدينة تعز.",
     ("saudi-led-coalition", "houthis"), False),
    ("واندلعت مواجهات في جبل صبر بين المقاومة الشعبية المسنودة بقوات الجيش الوطني وبين الميليشيات الحوثية وصالح.",
     ("yemeni-government", "houthis"), True),
    # "بين الطرفين": the sentence's own sides, the announcer included, before the sentence before
    ("وشنت طائرات التحالف العربي غارات على صنعاء. وفي سياق متصل، اعلنت المقاومة الشعبية في محافظة تعز بداية "
     "معركة تحرير تعز من المليشيا الحوثية والقوات الموالية للمخلوع صالح، بعد اربعة اشهر من المواجهات بين الطرفين.",
     ("yemeni-popular-resistance", "houthis"), True),
    ("وشنت طائرات التحالف العربي غارات على صنعاء. وفي سياق متصل، اعلنت المقاومة الشعبية في محافظة تعز بداية "
     "معركة تحرير تعز من المليشيا الحوثية والقوات الموالية للمخلوع صالح، بعد اربعة اشهر من المواجهات بين الطرفين.",
     ("saudi-led-coalition", "houthis"), False),
])
def test_sides_of_session_28(extract_text, text, pair, stated):
    clashes = {frozenset((f.s, f.o)) for f in extract_text(text).facts if f.rel == "clashesWith"}
    assert (frozenset(pair) in clashes) == stated, clashes
