"""Casualty figures: counts, victims, their side and their place.

Sentences are real newswire sentences (the seeds, SaudiNewsNet) or close
paraphrases of them; each row names the phenomenon it exercises.
"""
import pytest

from tests.extract import facts


@pytest.mark.parametrize(
    "text, killed, victims",
    [
        ("فيما قتل سبعة مدنيين بمدينة حلب في قصف لطائرات حربية.", 7, "civilians"),
        ("قصف جوي أسفر عن مقتل 44 مدنيا في معرة النعمان.", 44, "civilians"),
        ("وأشار المرصد إلى مقتل 37 شخصاً في مدينة معرة النعمان وحدها.", 37, "people"),
        ("وكان 44 مدنيا قتلوا، الثلاثاء، في قصف جوي.", 44, "civilians"),
        ("قتل خمسة وعشرون مقاتلا في المعارك.", 25, "fighters"),
        # a list of tolls: the wounded of one figure do not cancel the next; a conjunct's و
        ("شنت الطائرات غارات مخلفة ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء بقرية أرنبة.", 5, "people"),
        # a kill word after the victims and their side; a killer between the kill word and the victims
        ("وأعلنت الوحدات أن عنصرين من وحدات الحماية قضوا خلال الهجوم.", 2, "fighters"),
        ("وقتل حزب العمال الكردستاني ضابطي شرطة على الأقل.", 2, "soldiers"),
        ("بعد أن قتل مفجر انتحاري يشتبه بأنه من تنظيم داعش 32 شخصا في مدينة سروج.", 32, "people"),
        # the victims named around the figure
        ("وارتفع عدد القتلى في القصف إلى 20.", 20, "people"),
        ("كما ارتفع إلى 5 عدد القتلى الذين قضوا أول أمس في ريف دمشق.", 5, "people"),
        ("وقتل 5 وجرح 10 في قصف على مدينة دوما.", 5, "people"),
        # an aside on who the victims were between them and the kill word
        ("وقال إن ثمانية عناصر من حزب الله بينهم علويون من جبل محسن في طرابلس قتلوا خلال المواجهات.", 8, "fighters"),
        # "على الأقل" and quotes between the figure and its victims; more victim nouns
        ("وقال المرصد إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة.", 37, "fighters"),
        ("وقتل خلالها 241 «إرهابيا» وفقا للمتحدث العسكري.", 241, "fighters"),
        ("وقتل خمسة من أفراد الفرقة 30 أثناء تصديهم للمهاجمين.", 5, "fighters"),
        ("وأكد الجيش أن جنديين قتلا وأصيب 31 آخرون.", 2, "soldiers"),
        # a generic toll whose side is named by "من صفوف X"
        ("وكشف مصدر أن تسعة قتلى على الأقل سقطوا من صفوف مقاتلي تنظيم داعش بالغارات التركية.", 9, "fighters"),
        # a dual noun that itself says killed
        ("قصفت قوات النظام البلدة، إضافة لشهيدين وعشرات الجرحى في تل النبي أيوب.", 2, "people"),
        # the side of the victims: "من قوات النظام" (soldiers), "من تنظيم داعش" (fighters)
        ("ومقتل ما لا يقل عن 12 عنصراً من قوات النظام والمسلحين الموالين لها.", 12, "soldiers"),
        ("وأسفرت الاشتباكات عن مقتل 10 عناصر من تنظيم داعش.", 10, "fighters"),
        ("والقتلى هم 21 من حزب الله في الزبداني.", 21, "fighters"),
        ("ما أدى إلى مقتل 12 مواطناً على الأقل بينهم أطفال.", 12, "civilians"),
        ("سقطت قذائف على البلدتين ما تسبب بمقتل شخص.", 1, "people"),
        # a figure with its thousands in words: "240 ألفا و381"
        ("وقال المرصد إن أكثر من 240 ألفا و381 شخصا قتلوا منذ بداية الصراع.", 240381, "people"),
        # who the victims were, said after the figure
        ("وقال المرصد إن القتال أسفر عن مقتل 13 شخصا على الأقل من الجانبين.", 13, "fighters"),
        ("وبلغ عدد قتلى سقوط الطائرة 18 قتيلاً وأكثر من 70 جريحًا جميعهم مدنيون.", 18, "civilians"),
        # the side as a genitive ("عناصر البيشمركة": Iraqi state forces, so soldiers); drivers; "داعشيا"
        ("أفاد مصدر بمقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور.", 18, "soldiers"),
        ("أن تنظيم داعش اعدم أربعة سائقين في مدينة الشرقاط.", 4, "civilians"),
        ("أسفرت العملية عن قتل 12 داعشيا بينهم قيادي.", 12, "fighters"),
        # the side of a toll named before its figure
        ("وذكر المرصد أن حصيلة القتلى في صفوف مقاتلي المعارضة في سوريا بلغت 42 ألفا و384 شخصا.", 42384, "fighters"),
        # recall audit 5: security men, activists; words between the victims and the kill verb
        ("لقي 22 من رجال الأمن مصرعهم في الهجوم.", 22, "soldiers"),
        ("قتل خمسة رجال بينهم شرطي في الهجوم.", 5, "people"),
        ("وتمت تصفية 12 عنصرا من داعش في كمين قرب الرمادي.", 12, "fighters"),
        ("وأعلنت الشرطة مقتل شرطي في الهجوم.", 1, "soldiers"),
        ("وقتل ستة حوثيين في غارة للتحالف على صعدة.", 6, "fighters"),
        ("وقتل ثلاثة مدنين في القصف.", 3, "civilians"),
        ("وقتل ثمانية من رجال الشرطة في هجوم على مدينة ديار بكر.", 8, "soldiers"),
        ("ادى انفجار قتل فيه 32 ناشطًا كرديًا في سروج.", 32, "civilians"),
        ("قال المرصد إن 12 مدنيا على الأقل من أهالي البلدة قتلوا في القصف.", 12, "civilians"),
        ("وأكد أن نحو 390 مقاتلا كرديا من حزب العمال الكردستاني قتلوا.", 390, "fighters"),
        ("سقط عدد من القتلى في صفوف قوات النظام، كما قتل 7 أشخاص بقصف على مدينة دوما.", 7, "people"),  # "عدد من": no toll
        ("ارتفع عدد القتلى في صفوف قوات النظام إلى 20 قتيلا، فيما قتل 15 شخصا في قصف على مدينة حلب.", 15, "people"),
        # a militia under a state fights as fighters; the state's army as soldiers
        ("وقال مصدر إن سبعة من مليشيا الحشد الشعبي قتلوا في هجوم على ناحية عامرية الفلوجة.", 7, "fighters"),
        ("وقال مصدر إن سبعة من الجيش العراقي قتلوا في هجوم على ناحية عامرية الفلوجة.", 7, "soldiers"),
        # "مقتل 29 وجرح 15 من X": the killed share X's side; the 15 are wounded
        ("وأسفرت المواجهات عن مقتل 29 وجرح 15 من مسلحي تنظيم داعش.", 29, "fighters"),
        ("أودى الهجوم بحياة 32 شخصا.", 32, "people"),
        ("وأعدم داعش 44 شابا في الموصل.", 44, "people"),
        ("وقتل 30 متمردا في الاشتباكات.", 30, "fighters"),
        ("وثقت المجموعة حتى اليوم 1117 فلسطيني قضوا في مخيم اليرموك.", 1117, "people"),
        ("والذي راح ضحيته 177 لاجئا قضوا بسبب نقص التغذية.", 177, "people"),
        ("قتلت ثلاثة من أطفالها في القصف.", 3, "children"),  # a victim noun with a possessive
        # "آخرين" between the victims and their side; a member of an armed group is a fighter
        ("وقال المرصد إن العجلاني قتل مع ثلاثة عناصر آخرين من قوات النظام.", 3, "soldiers"),
        ("قالت مصادر إن غارة إسرائيلية أصابت سيارة وقتلت عضوين من حزب الله.", 2, "fighters"),
        ("وقتل عضو في المجلس المحلي.", 1, "people"),
        # a kill word between the wounded and the figure makes it a toll of the dead
        ("وأفادت مصادر محلية بمقتل 18 من الحوثيين وإصابة العشرات ومقتل ٤ من المقاومة في تعز.", 4, "fighters"),
        ("وقالت مصادر إن 8 حوثيين قتلوا واصيب العشرات فيما قتل احد رجال المقاومة.", 1, "fighters"),
        # two figures joined by و share the kill word after the second
        ("وقال السكان ان 25 حوثيا و10 من رجال المقاومة الشعبية سقطوا قتلى.", 25, "fighters"),
        # an armed group named from the victim noun on ("رجال المقاومة الشعبية") makes them fighters
        ("وقال السكان ان 25 حوثيا و10 من رجال المقاومة الشعبية سقطوا قتلى.", 10, "fighters"),
        # "حصيلة القتلى بين المدنيين … بلغت 17": the toll's victims
        ("وأعلن مدير مكتب الصحة أن حصيلة القتلى بين المدنيين في عدن وضواحيها بلغت 17 قتيلا و121 جريحا.", 17, "civilians"),
        # "من السكان", "من أهالي": the dead were residents, so civilians
        ("واعلنت السلطات عن ستة قتلى من السكان المحليين.", 6, "civilians"),
        ("وتسبب القصف بمقتل 31 شخصا من سكان المدينة.", 31, "civilians"),
        # a nationality adjective between the victims and the kill word, or before an aside
        ("قالت مصادر أمنية إن جنديين تركيين قتلا وجرح آخران في إقليم شرناق.", 2, "soldiers"),
        ("وقال البيان إن ثلاثة جنود أتراك بينهما اثنان من الشرطة العسكرية، قتلوا في الهجوم.", 3, "soldiers"),
        # "two" after its dual noun
        ("وقتلت الشرطة مسلحين اثنين لم يحدد انتماؤهما خلال الاشتباكات.", 2, "fighters"),
        ("كما قتل مدنين اثنين وأصيب خمسة آخرون في قصف عشوائي على الأحياء السكنية.", 2, "civilians"),
        # "آخرين" right after a kill word: more of the kind just counted, captured or not
        ("وقال إن المقاومة أسرت 70 متمردا وقتلت 10 آخرين في المواجهات.", 10, "fighters"),
        # one of an armed group; a loss of fighters; Yemen's word for the Houthis' men
        ("فيما قتل أحد رجال المقاومة الشعبية وأصيب سبعة.", 1, "fighters"),
        ("ومقتل أحد المقاومة الشعبية في القصف.", 1, "fighters"),
        ("بينما خسرت المقاومة الشعبية ثلاثة من مقاتليها.", 3, "fighters"),
        ("واستشهد عشرة من شباب المقاومة الشعبية في المعارك.", 10, "fighters"),
        ("وأسفرت المعارك عن سقوط أكثر من 50 انقلابيا.", 50, "fighters"),
        ("وأعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين.", 2, "soldiers"),  # "two" after noun and nationality
        # people counted by their nationality; asides "من بينهم", "معظمهم"; an imperfect kill verb
        ("وقالت البعثة إن 1332 عراقيا لقوا مصرعهم خلال يوليو.", 1332, "people"),
        ("وقال إن ما لا يقل عن ستة أشخاص، من بينهم انتحاري لقوا حتفهم.", 6, "people"),
        ("وقال إن 25 شخصا، معظمهم من المدنيين، قتلوا في انفجار.", 25, "people"),
        ("وقالت الحكومة إن قوات الحوثي تقصف عدن وتقتل 43 مدنيا.", 43, "civilians"),
        # session 11: a bare figure takes the side named after "وإصابة العشرات من"
        ("وقال إن الهجوم أسفر عن مقتل 58 وإصابة العشرات من أفراد الجيش ومليشيا الحشد الشعبي.", 58, "soldiers"),
        ("وأدت الغارة الى مقتل تسعة متطرفين مسلحين.", 9, "fighters"),
        ("وقصفت المقاومة موقعا للحوثيين حيث سقط فيها أربعة قتلى من الميليشيا.", 4, "fighters"),
        ("وقتل خمسة من المسلحين في الاشتباكات.", 5, "fighters"),
        ("وقالت مصادر إن 17 من ميليشيا الحوثي وقوات المخلوع صالح قتلوا خلال مواجهات عنيفة.", 17, "fighters"),
        ("وقال إن الاشتباكات أسفرت عن سقوط 20 قتيلاً وعدد غير معروف من الجرحى في صفوف القوات النظامية.", 20, "soldiers"),
        # session 12: "القضاء على" kills; Islamists are fighters
        ("وأعلن قائد العمليات أن القوات تمكنت من القضاء على 12 إرهابيا جنوب المدينة.", 12, "fighters"),
        ("وقتل الجيش الجزائري 14 اسلاميا قرب تيزي وزو.", 14, "fighters"),
        # worshippers, tourists and protesters are civilians
        ("وقتل مسلحون 20 مصليا في مسجد بالقرية.", 20, "people"),
        ("وأسفر الهجوم على المنتجع عن مقتل 12 سائحا.", 12, "civilians"),
        # a singular victim joined to a figure is one more dead of its own kind
        ("وقتل أربعة مدنيين وجندي أوكراني في قصف على دونيتسك.", 1, "soldiers"),
        ("وقتل أربعة مدنيين وجندي أوكراني في قصف على دونيتسك.", 4, "civilians"),
        # session 16: "N من" + a plural of people the lexicon lacks (sound, construct or broken); the actor
        # after that noun, past a quote; a figure right before the death it met
        ("وأسفر التفجير عن مقتل 14 من الطلبة في الجامعة.", 14, "people"),
        ("وقتل سبعة من مقاتلي العشائر في هجوم على القرية.", 7, "fighters"),
        ("وقال إن الهجوم أدى إلى مقتل 11 من القرويين.", 11, "people"),
        ("وأعلن الجيش مقتل ستة من أعضاء «بوكو حرام» في غارة.", 6, "fighters"),
        ("ولقي نحو 30 مصرعهم في انفجار السوق.", 30, "people"),
        ("وقتل ناشطان برصاص قوات الأمن في المدينة.", 2, "civilians"),
        # "عدد" (or "العدد الإجمالي ل…") before or after the figure names its victims and their side; the
        # kill word may stand in the relative clause after them; residents are civilians
        ("وارتفع العدد الإجمالي للقتلى إلى 1200 جراء الغارات.", 1200, "people"),
        ("وارتفع إلى 14 على الأقل عدد قتلى النظام السوري في المعارك.", 14, "soldiers"),
        ("وارتفع إلى 22 عدد عناصر تنظيم داعش الذين لقوا حتفهم.", 22, "fighters"),
        ("وارتفع عدد قتلى الجيش العراقي منذ 3 يونيو الماضي إلى 40.", 40, "soldiers"),
        ("وأسفر القصف عن مقتل 19 شخصا على الأقل من سكان الحي.", 19, "civilians"),
        # the side named after the wounded follows a toll noun too; the resistance's "مقاومين"; "أفراد من X"
        ("وقصف الطيران معسكرا في مديرية يريم مما أسفر عن سقوط 15 قتيلا وإصابة 20 آخرين من الميليشيات.", 15, "fighters"),
        ("وقالت مصادر في عدن إن الهجوم أسفر عن مقتل 7 مقاومين.", 7, "fighters"),
        ("وأعلن الجيش أن 12 فردا من عناصر تنظيم داعش قتلوا في الغارة.", 12, "fighters"),
        ("وقالت مصادر يمنية إن ثلاثة مسلحين حوثيين من محافظة ذمار لقوا مصرعهم في القصف.", 3, "fighters"),
        ("وأعلن المرصد مقتل 903 من جماعة حزب الله في سوريا.", 903, "fighters"),  # members of the group named
        # session 19: a dual victim noun whose side is named by "في صفوف X"; a toll's side in the genitive
        # ("عدد قتلى أفراد قوات الأمن"), past a date; "أعداد" is a count noun too
        ("وقال المصدر إن قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية سقطوا.", 2, "soldiers"),
        ("ليرتفع عدد قتلى أفراد قوات الأمن التركية منذ 20 يوليو إلى 21 قتيلا على الأقل.", 21, "soldiers"),
        ("وارتفع عدد قتلى الحوثيين وميليشيات صالح إلى 18 شخصا.", 18, "fighters"),
        ("وقد ارتفعت أعداد القتلى في صفوف مقاتلي حزب الله إلى 120 قتيلا.", 120, "fighters"),
        # the victims of X were killed by X; the ranks of the attackers are not the victims'
        ("وارتفع عدد ضحايا تنظيم داعش في مدينة تدمر إلى 200 شخص.", 200, "people"),
        ("وارتفع عدد ضحايا تنظيم داعش في مدينة تدمر إلى 200.", 200, "people"),
        ("وقتل شخصان في هجوم شنه منشقون من صفوف الجيش.", 2, "people"),
        # session 20: the kind named "في صفوف" (civilians, activists) or after "رجال/أفراد"; a late plural kill verb
        # "في صفوف" civilians or activists: their kind, not a side's fighters
        ("الهجوم الذي أوقع 32 قتيلا في صفوف ناشطين أكراد.", 32, "civilians"),
        ("وأفادت مصادر طبية عن سقوط خمسة قتلى في صفوف المدنيين.", 5, "civilians"),
        ("وسقط 12 قتيلا في صفوف مقاتلي التنظيم.", 12, "fighters"),
        # "رجال شرطة", "رجال أمن", "أفراد شرطة": men of the police, without its article
        ("وقالت إن ثلاثة مدنيين وثلاثة رجال شرطة قتلوا في الهجوم.", 3, "soldiers"),
        ("وقتل ثلاثة رجال أمن في الهجوم.", 3, "soldiers"),
        ("وقتل 4 أفراد شرطة في منطقة حدودية.", 4, "soldiers"),
        # the figure is the subject of a plural kill verb past a relative clause or a list of sides
        ("يذكر أن ستة مقاتلين في المعارضة السورية الذين تلقوا تدريبات على يد الجيش الأمريكي قتلوا الأسبوع الماضي.", 6, "fighters"),
        ("وقال إن نحو 25 من ميليشيات الحوثي وقوات موالية للرئيس المخلوع علي صالح قتلوا في الغارات.", 25, "fighters"),
        # the bodies of the dead are a figure of dead
        ("وأكد شهود عيان تناثر جثث 16 إرهابيا في محيط منطقة القصف.", 16, "fighters"),
        ("وعثرت الشرطة العراقية على جثتي عنصرين من قوات الصحوة.", 2, "fighters"),
        # a dual conjunct of its own kind; companions with their possessive (keyed ‑يا, like ‑ية)
        ("إن القتلى أربعة مدنيين وشرطيان.", 2, "soldiers"),
        ("وقتل أربعة من مرافقيه في الكمين.", 4, "people"),
        # past an aside set off by commas, and past a comma right before the verb
        ("وقال مسؤول إن خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا ليل الأربعاء في غارة.", 5, "fighters"),
        ("وذكر المرصد أن 25 مقاتلا من الفصائل وثمانية من مقاتلي تنظيم «داعش»، قتلوا في الهجوم على مارع.", 8, "fighters"),
        # session 23: "وسط X" after a generic toll names its victims; "وسط المدينة" names none
        ("وبالأمس دارت معارك دامية في جبهة الضباب، راح ضحيتها 16 قتيلا و70 جريحا وسط المتمردين.", 16, "fighters"),
        ("وقتل 16 شخصا وسط المدينة في تعز.", 16, "people"),
    ],
)
def test_casualty_figures(extract_text, text, killed, victims):
    doc = extract_text(text)
    figs = {(e.fatalities, e.victims) for e in doc.events if e.fatalities is not None}
    assert (killed, victims) in figs


@pytest.mark.parametrize(
    "text, killed, place",
    [
        # "مقاتلة سورية" is a Syrian jet, not Syria: the dead are in Ariha
        ("قال المرصد إن 12 شخصاً على الأقل قتلوا حينما سقطت مقاتلة سورية على سوق مزدحم في بلدة أريحا.", 12, "ariha-city"),
        # past an aside on who the dead were, the place of their death
        ("وقالت الشبكة إن ثمانية عناصر من حزب الله بينهم علويون من جبل محسن في طرابلس قتلوا خلال المواجهات على أطراف مدينة الزبداني.",
         8, "az-zabdani-city"),
        # "مما أدى إلى مقتل": the dead of the attack named before, in its place
        ("وقال المرصد إن الجيش السوري هاجم بلدة الغارية الغربية الواقعة إلى الشرق من درعا مما أدى إلى مقتل 13 شخصا.", 13, "western-ghariyeh"),
        # a place the gazetteer lacks hands on the place it lies in or beside: "غرب الرمادي" is near Ramadi
        ("وقالت قيادة العمليات إن القوات قتلت 11 مسلحا غرب مدينة الرمادي.", 11, "ramadi-iraq"),
        ("وفجرت انتحارية نفسها في سوق مزدحمة في مدينة مايدوغوري ما أدى إلى مقتل ستة أشخاص.", 6, "maiduguri-nigeria"),
    ],
)
def test_casualties_take_the_place_of_their_death(extract_text, text, killed, place):
    doc = extract_text(text)
    ev = next(e for e in doc.events if e.fatalities == killed)
    assert place in ev.places, ev.places


def test_a_toll_far_from_any_place_gets_none(extract_text):
    """"50 ألفا و570 جنديا … قتلوا … من دول أخرى مثل إيران وأفغانستان": the toll is not put in
    Afghanistan (the only place the sentence names, as where foreign fighters came from)."""
    doc = extract_text("وأوضح المرصد أن 50 ألفا و570 جنديا من قوات النظام السوري قتلوا إلى جانب 33 ألفا و839 مقاتلا حليفا "
                       "و903 من جماعة حزب الله و3304 مقاتلين شيعة من دول أخرى مثل إيران وأفغانستان.")
    toll = next(e for e in doc.events if e.fatalities == 50570)
    assert toll.victims == "soldiers" and "afghanistan" not in toll.places


def test_the_dead_are_not_the_attackers(extract_text):
    doc = extract_text("أفاد مصدر بمقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور.")
    assert not [e for e in doc.events if "peshmerga" in e.actors]


def test_counted_syrians_are_not_the_country(extract_text):
    """"بمقتل 12 سوريا": Syrians counted, so the figure takes the village, not Syria, as its place."""
    doc = extract_text("وأفاد المرصد بمقتل 12 سوريا في قصف الطيران المروحي على قرية قصر البريج في ريف حلب.")
    kill = next(e for e in doc.events if e.fatalities == 12)
    assert "syria" not in kill.places


@pytest.mark.parametrize(
    "text",
    [
        "حيث يعيش نحو 200 ألف شخص في ظروف إنسانية صعبة.",  # population
        "إن أعمال العنف في سوريا انخفضت بنسبة 70%.",  # percentage
        "ويستحوذ تنظيم داعش منذ العام 2013 على الجزء الأكبر من محافظة دير الزور.",  # year
        "وأصيب 12 مدنيا بجروح في القصف.",  # wounded
        "وقال إن 30 جريحا وصلوا إلى المستشفى بينهم 5 أطفال.",  # wounded, with children among them
        "وحصد هذا القصف آلاف القتلى في مدينة حلب.",  # thousands: no figure
        "وتسبب القصف بإصابة أكثر من 60 شخصا بجروح في مدينة أريحا.",  # wounded before the number
        "وسقط 20 بين قتيل وجريح في القصف على تعز.",  # dead and wounded together: no count of the dead
        "وأفادت المصادر بأن المقاومة أسرت 11 حوثيا في جبهة جبل صبر.",  # captured
        "وقال الجيش إن مسلحين هاجموا دورية وأصابوا أربعة آخرين.",  # "آخرين" after a wound verb: wounded
        "وخلفت الحرب مئات الآلاف من القتلى وملايين من السوريين مشردون.",  # displaced, not killed
        "وأحال القضاء العراقي 10 إرهابيين إلى المحاكمة.",  # the judiciary, not "القضاء على"
        "ولقي أفراد عائلة واحدة مصرعهم في القصف.",  # "واحدة": one family, no figure of the dead
        "وقتل في الغارة عدد من المسلحين ودمرت 5 من الآليات.",  # vehicles, not people
        "وارتفع عدد القتلى في صفوف الشرطة منذ 20 يوليو.",  # a day of a month
        "وقال إن عدد الذين قتلوا في الهجمات منذ سبتمبر 2001 قليل.",  # a year
        "وأفاد المرصد بأن القصف استمر خلال الـ 48 ساعة الماضية وقتل فيه مدنيون.",  # a span of time
        "وقال إن الهجوم الذي قتل فيه مدنيون وقع في الساعة 3 فجرا.",  # a time of day
        "وقصف الجيش 5 من مواقع داعش وقتل فيها قادة.",  # positions, not people, whatever actor follows
        "وقتل في القصف مدنيون بينما دمرت الطائرات 20 من مباني الحي.",  # buildings
        "واعتقل الجيش 12 من الطلاب في المدينة التي شهدت مقتل مدنيين.",  # arrested, past the verb's subject
        "إلى ذلك، قتل وجرح نحو 30 عنصرا من عناصر تنظيم داعش في الريف الغربي لمدينة الرقة.",  # the dead and wounded together
    ],
)
def test_not_casualties(extract_text, text):
    doc = extract_text(text)
    assert not [e for e in doc.events if e.fatalities is not None]


def test_cumulative_toll_is_no_ones_attack(extract_text):
    doc = extract_text("وقصفت قوات النظام مدينة داريا، في نزاع تسبب منذ منتصف مارس 2011 بمقتل أكثر من 240 ألف شخص.")
    tolls = [e for e in doc.events if e.fatalities == 240000]
    assert tolls and tolls[0].type == "kill" and not tolls[0].actors


def test_a_wounded_figure_after_a_killed_one_is_not_killed(extract_text):
    figs = {e.fatalities for e in extract_text("وأسفرت المواجهات عن مقتل 29 وجرح 15 من مسلحي تنظيم داعش.").events if e.fatalities}
    assert figs == {29}


def test_a_toll_figure_ending_the_sentence(extract_text):
    doc = extract_text("مصر : ارتفاع عدد ضحايا غرق مركب النيل إلى 38")  # a headline with no full stop
    assert {e.fatalities for e in doc.events if e.fatalities} <= {38}


def test_the_country_across_a_border_is_no_place_of_the_dead(extract_text):
    doc = extract_text("إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 27 شخصا.")
    figs = [e for e in doc.events if e.fatalities == 27]
    assert figs and "syria" not in figs[0].places, figs


def test_the_country_a_victim_came_from_is_no_place_of_the_death(extract_text):
    """"وجندي من تشاد المجاورة": a Chadian soldier killed in Nigeria."""
    doc = extract_text("وقتل عشرة مدنيين وجندي من تشاد المجاورة في هجوم على مدينة مايدوغوري.")
    places = {p for e in doc.events if e.fatalities for p in e.places}
    assert "chad" not in places and "maiduguri-nigeria" in places, places


def test_the_attack_told_with_a_figure_is_its_cause(extract_text):
    """session 13: "قصفت الطائرات …، بينما قتل 9 من الحوثيين في هجوم للمقاومة": the nine are the toll of
    the Resistance's attack (which hit the Houthis), not of the strikes named first."""
    doc = extract_text("وفي مأرب، قصفت طائرات التحالف مواقع الحوثيين في جبهة الجفينة، بينما قتل 9 من ميليشيات الحوثي "
                       "في هجوم للمقاومة الشعبية غربي مأرب.")
    toll = next(e for e in doc.events if e.fatalities == 9)
    assert toll.actors == ["yemeni-popular-resistance"], toll
    assert ("yemeni-popular-resistance", "attacks", "houthis") in facts(doc)



@pytest.mark.parametrize(
    "text, hit",
    [
        ("قتل 9 من ميليشيات الحوثي وقوات صالح في هجوم للمقاومة الشعبية في مأرب.", {"houthis", "saleh-forces"}),
        ("وقتل جنديان عراقيان في قصف شنه تنظيم داعش على قضاء حديثة.", {"iraqi-government"}),
        # the side's own noun before its name (session 18)
        ("قتل سبعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على نقطة عسكرية في شبوة.",
         {"yemeni-government"}),
        # a fight told in a later clause is not the fight they died in (session 18)
        ("وقتل جندي عراقي في قصف شنه داعش على ثكنة قرب الرمادي، وكانت المدينة شهدت الأسبوع الماضي "
         "اشتباكات عنيفة بين القوات العراقية وتنظيم الدولة.", {"iraqi-government"}),
        # session 21: the side named by the victim noun itself, by an aside, by their ranks, by a plural nationality
        ("قتل 11 حوثيا وجرح آخرون في عملية نوعية للمقاومة الشعبية.", {"houthis"}),
        ("قتل 20 متمردا بينهم قيادي من ميليشيات الحوثي في قصف لطيران التحالف.", {"houthis"}),
        ("قتل 20 مسلحا في صفوف ميليشيا الحوثي في قصف لطيران التحالف.", {"houthis"}),
        ("وقتل خمسة جنود أفغان بصاروخ أطلقته قوة إيساف التابعة لحلف الشمال الأطلسي.", {"afghan-government"}),
        # session 33: soldiers or police with no side named are the forces of the one country the attack hit (not where
        # the sentence names another side, nor in Libya: test_events READINGS_OF_SESSION_33)
        ("وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين في مدينة جيلان بينار.", {"turkey"}),
        ("وقتل ضابط وأصيب جنديان في هجوم لداعش على بلدة كلس.", {"turkey"}),
    ],
)
def test_every_side_the_victims_belonged_to_was_attacked(extract_text, text, hit):
    """The victims' side, and each side joined to it by و, was hit by the attack that killed them."""
    doc = extract_text(text)
    attackers = {a for e in doc.events if e.fatalities for a in e.actors}
    assert attackers and all((a, "attacks", side) in facts(doc) for a in attackers for side in hit), facts(doc)


@pytest.mark.parametrize(
    "text, fact, stated",
    [
        ("وأكدت المقاومة سقوط قتلى وجرحى في صفوف عناصر الميليشيا الحوثية في كمين للمقاومة الشعبية بمحافظة إب.",
         ("yemeni-popular-resistance", "attacks", "houthis"), True),
        ("وقصفت المقاومة الشعبية مواقع في عدن بالصواريخ، ما أوقع خسائر مادية وبشرية في صفوف الحوثيين وقوات صالح.",
         ("yemeni-popular-resistance", "attacks", "saleh-forces"), True),
        # the attack told last before the losses, not an earlier one of the sentence
        ("وشن طيران التحالف غارات على مأرب، بينما استهدفت المقاومة الشعبية مواقع الحوثيين، ما أوقع خسائر في صفوف قوات صالح.",
         ("saudi-led-coalition", "attacks", "saleh-forces"), False),
        # a rumour of losses, losses of a fight told after the attack, and an ally's losses say nothing of whom it hit
        ("واستهدفت الفصائل المعارضة تمركزات لقوات النظام في درعا، وأنباء عن خسائر بشرية في صفوف قوات النظام والمسلحين الموالين لها.",
         ("syrian-opposition", "attacks", "pro-government-militias"), False),
        ("وقصفت قوات النظام مدينة داريا، ودارت اشتباكات بين جبهة النصرة وتنظيم داعش أوقعت قتلى في صفوف التنظيم.",
         ("syrian-government", "attacks", "isis"), False),
        ("وقصف حزب الله مواقع في الزبداني ما أوقع قتلى في صفوف قوات النظام.", ("hezbollah", "attacks", "syrian-government"), False),
        # review (session 21): membership, denied losses, a fight told after them, maybe the attackers' own,
        # and the attack told as their cause
        ("وشنت طائرات التحالف غارات على مواقع داعش في الرقة، فيما قتل شاب بريطاني يقاتل في صفوف وحدات حماية الشعب.",
         ("us-led-coalition", "attacks", "ypg"), False),
        ("قصفت المدفعية التركية قرى في شمال العراق دون وقوع خسائر في صفوف قوات البيشمركة.", ("turkey", "attacks", "peshmerga"), False),
        ("قصفت المدفعية التركية قرى في شمال العراق ما أوقع خسائر في صفوف قوات البيشمركة.", ("turkey", "attacks", "peshmerga"), True),
        ("وقصف طيران النظام بلدة كفرنبل، فيما سقط قتلى في صفوف الجيش الحر خلال معارك مع تنظيم داعش.",
         ("syrian-government", "attacks", "free-syrian-army"), False),
        ("شن جيش الفتح هجوما على مواقع النظام في إدلب، وسقط قتلى في صفوف حركة أحرار الشام.", ("jaysh-al-fath", "attacks", "ahrar-al-sham"), False),
        ("وشنت طائرات التحالف غارات على صنعاء، بينما سقط قتلى في صفوف القوات السعودية بهجوم للحوثيين في نجران.",
         ("houthis", "attacks", "saudi-arabia"), True),
    ],
)
def test_losses_in_a_sides_ranks_say_whom_the_attack_hit(extract_text, text, fact, stated):
    """"قتلى/خسائر في صفوف X" with no figure: X was hit by the attack told just before."""
    assert (fact in facts(extract_text(text))) is stated, facts(extract_text(text))


@pytest.mark.parametrize(
    "text, side",
    [
        ("وقصفت فصائل المعارضة تجمعات الميليشيات الموالية للنظام في حلب، ما أدى لمقتل ثمانية مقاتلين أفغان.", "afghan-government"),
        ("وقتل 25 مقاتلا بينهم قيادي سابق من الجيش الحر انضم إلى داعش في غارة للتحالف.", "free-syrian-army"),
    ],
)
def test_no_side_for_fighters_from_a_country_or_a_side_they_left(extract_text, text, side):
    """"مقاتلين أفغان" came from Afghanistan, they are not its forces; "قيادي سابق من X" left X."""
    assert not any(f[1] == "attacks" and f[2] == side for f in facts(extract_text(text))), facts(extract_text(text))


def test_the_dead_of_a_fight_told_right_after_them_are_either_sides(extract_text):
    """"قتل ثلاثة من المقاومة في اشتباكات مع الحوثيين": the fight killed them, not the shelling told first."""
    doc = extract_text("قصف الحوثيون أحياء سكنية في الشيخ عثمان بعدن، كما قتل ثلاثة من المقاومة الشعبية "
                       "وأصيب آخرون في اشتباكات مع الحوثيين في كريتر.")
    assert ("houthis", "attacks", "yemeni-popular-resistance") not in facts(doc), facts(doc)


def test_the_wounded_after_a_toll_are_not_counted_dead(extract_text):
    """"عدد قتلى … 18 قتيلا وأكثر من 70 جريحا": the toll names the dead, and the wounded have their own number."""
    doc = extract_text("وبلغ عدد قتلى الحادث 18 قتيلا وأكثر من 70 جريحا.")
    assert {e.fatalities for e in doc.events if e.fatalities is not None} == {18}


def test_the_place_the_dead_came_from_is_no_place_of_their_death(extract_text):
    """"مسلحين حوثيين من محافظة ذمار لقوا مصرعهم في مدينة تعز": Dhamar is where they came from, Taiz
    where they died."""
    doc = extract_text("وقالت مصادر يمنية إن ثلاثة مسلحين حوثيين من محافظة ذمار لقوا مصرعهم في مدينة تعز.")
    ev = next(e for e in doc.events if e.fatalities == 3)
    assert "taiz-yemen" in ev.places
    assert not [p for p in ev.places if p.startswith("dhamar")]


@pytest.mark.parametrize("text, dead", [
    ("وارتفع عدد القتلى إلى 10 وعدد الجرحى إلى 30.", {10}),  # the wounded's toll is no toll of the dead
    ("وارتفع عدد القتلى إلى 10 بينما نفذ الجيش 15 غارة.", {10}),  # another clause's number
    ("وأسرت المقاومة 70 متمردا وقتلت 10 آخرين.", {10}),  # the capture governs the first number only
])
def test_a_toll_names_only_its_own_figure(extract_text, text, dead):
    assert {e.fatalities for e in extract_text(text).events if e.fatalities is not None} == dead


def test_a_killer_the_article_cannot_resolve_still_stands_between_kill_word_and_victims(extract_text):
    # session 17: "المتمردون" refers to no actor of the article, but it is the subject, not a new clause
    doc = extract_text("وهاجم مسلحو حزب العمال الكردستاني مخفرا. وفي الهجوم قتل المتمردون شرطيين قرب الحدود.")
    assert [(e.fatalities, e.victims) for e in doc.events if e.fatalities] == [(2, "soldiers")]


@pytest.mark.parametrize("text, figure", [
    ("وذكرت تقارير أن جنديا قتل في إقليم ماردين.", (1, "soldiers")),  # after أن, the subject of a passive kill verb
    ("وقالت الشرطة إن شخصا قتل وأصيب 15 في إطلاق نار.", (1, "people")),
    ("وأعلنت الشرطة أن مسلحا قتل واعتقل سبعة آخرون في المداهمة.", (1, "fighters")),  # the seven are arrested, not killed
    ("وقالت الشرطة إن مسلحا قتل خمسة أشخاص في هجوم.", (5, "people")),  # the gunman killed: an object follows the verb
])
def test_one_victim_named_by_a_singular_noun_after_anna(extract_text, text, figure):
    assert [(e.fatalities, e.victims) for e in extract_text(text).events if e.fatalities] == [figure]


@pytest.mark.parametrize("text", [
    "وقالوا إنهم يعرفون شخصا قتل في الحرب.",  # no أن right before the noun: someone they know
    "وقتل 20 جنديا وشرطيا منذ بداية الشهر.",  # one figure for both nouns
])
def test_a_singular_accusative_noun_is_no_figure_elsewhere(extract_text, text):
    assert not [e for e in extract_text(text).events if e.fatalities == 1]



@pytest.mark.parametrize("text", [
    # released prisoners are alive, whatever verb of death comes later in the sentence
    "خضع النظام لشروط الجبهة، إذ أفرج أمس عن سبعة عناصر من مقاتلي الجبهة كانوا معتقلين لديه، مقابل جثث قتلى له، كانوا قضوا في المعارك.",
    # another figure between a figure and a plural kill verb is that verb's subject
    "ووصل ستة مقاتلين إلى المدينة، فيما قال المرصد إن 12 جنديا قتلوا في الهجوم.",
    # a verb with an object of its own: the figure's people killed, or others did
    "وتظاهر 6 أشخاص للمطالبة بمحاسبة الجنود الذين قتلوا المتظاهرين.",
    # a new clause ("إن", a comma, a vague count) has its own subject
    "وتدرب 6 مقاتلين من المعارضة في تركيا، وقال المسؤول إن عددا منهم قتلوا.",
    "وانشق 6 جنود عن الجيش النظامي بعد أن رأوا كيف أن رفاقهم قتلوا.",
    "وقال المرصد إن 6 مقاتلين من المعارضة أسروا خلال الهجوم، في حين أن عشرات من عناصر النظام قتلوا.",
    # a body named before the figure's clause is not its dead
    "تعرفت الشرطة على جثة المهاجم، وأن 6 أشخاص آخرين يخضعون للتحقيق.",
    # "منها" after a preposition: some of the raids, not of the forces
    "وشن التحالف 15 غارة على مواقع داعش، وقتل في 6 منها عشرات المسلحين.",
])
def test_no_late_kill_verb_for_a_figure_that_is_not_its_subject(extract_text, text):
    figs = {(e.fatalities, e.victims) for e in extract_text(text).events if e.fatalities is not None}
    assert not {f for f in figs if f[0] in (6, 7)}, figs


@pytest.mark.parametrize("text, dead", [
    # session 25 (casualty audit of the diff corpus): an aside's figure counts some of the dead, no one new
    ("وأعدم التنظيم 13 شخصا من بينهم خمسة قادة في الفلوجة.", {13}),
    ("أسفر القصف عن مقتل 51 شخصا، وبينهم ثمانية من الأطفال.", {51}),
    ("أسفر القصف عن مقتل 51 شخصا ومن بينهم ثمانية أطفال.", {51}),
    # session 25: after an active "قتل", a singular noun with an object after it is the killer
    ("وقتل مسلح 38 سائحا على شاطئ في سوسة.", {38}),
    ("وقتل مهاجم انتحاري 32 شخصا في سروج.", {32}),
    # no object: the one named was killed
    ("وقتل مسلح في الهجوم على الحاجز.", {1}),
    ("قتل جندي وأصيب 3 آخرون في الانفجار.", {1}),
    ("وقتل شرطي في 3 هجمات منفصلة في بغداد.", {1}),  # (review) three attacks, not three dead
])
def test_asides_and_killers_add_no_figure(extract_text, text, dead):
    assert {e.fatalities for e in extract_text(text).events if e.fatalities is not None} == dead


@pytest.mark.parametrize("text, figure", [
    # session 25 (casualty audit): whose men the dead were
    ("واستهدف حزب العمال قوات الأمن التركية التي قتل نحو عشرين من أفرادها.", (20, "soldiers")),
    ("وقتل 488 عنصرا من منتسبي قوات الامن العراقية خلال الشهر.", (488, "soldiers")),
    ("وسقط 5 قتلى بصفوف الحوثيين في المعارك.", (5, "fighters")),
    ("وسقط قتيل في صفوف الحوثيين في المعارك.", (1, "fighters")),
    ("وقالت الشرطة العراقية إن خمسة من أفرادها قتلوا في الهجوم.", (5, "soldiers")),
    # (review) the killer is not whose men they were
    ("واتهمت حركة طالبان القوات الأمريكية بقتل 12 من عناصرها في قندهار.", (12, "fighters")),
])
def test_the_victims_side_named_after_the_figure(extract_text, text, figure):
    assert [(e.fatalities, e.victims) for e in extract_text(text).events if e.fatalities] == [figure]


def test_the_country_over_the_border_is_not_where_they_died(extract_text):
    """Session 25 (casualty audit): "سروج التركية المجاورة للحدود مع سوريا وأوقع ثلاثين قتيلا": Suruç."""
    doc = extract_text("وأعلن أن تنظيم داعش يقف وراء الاعتداء الانتحاري الذي استهدف الاثنين بلدة سروج التركية "
                       "المجاورة للحدود مع سوريا وأوقع ثلاثين قتيلا على الأقل.")
    dead = [e for e in doc.events if e.fatalities == 30]
    assert dead and "syria" not in dead[0].places and "suruc" in dead[0].places, doc.events


@pytest.mark.parametrize("text, figures", [
    # session 26 (tuning AP): "وجرح" after a figure opens the wounded's clause; their side is the dead's
    ("كما قتل 16 وجرح أكثر من 30 من الثوار.", [(16, "fighters")]),
    ("قتل 16 وأصيب نحو 30 من عناصر التنظيم.", [(16, "fighters")]),
    ("سقط ثلاثة شهداء وعشرة جرحى، وخمسة شهداء في درعا.", [(3, "people"), (5, "people")]),  # "جرحى" is the ten's
])
def test_the_wounded_after_a_bare_figure(extract_text, text, figures):
    assert [(e.fatalities, e.victims) for e in extract_text(text).events if e.fatalities] == figures


def test_the_wounded_after_many_words_of_approximation(extract_text):
    """Session 26 (review): "وجرح ما لا يقل عن 30": thirty wounded, not dead."""
    doc = extract_text("قتل 16 وجرح ما لا يقل عن 30 من الثوار في قصف على حلب.")
    assert {e.fatalities for e in doc.events if e.fatalities} == {16}, doc.events


TOLLS_OF_SESSION_28 = [  # Session 28 (tuning AG, AO, AU, X; the casualty audit; the review): who a toll's dead were, and its sum.
    # a bare number or a neutral noun after an attack on an armed side: that side's men
    ("شنت المقاومة الشعبية هجوما بصاروخ على نقطة تفتيش تابعة للحوثيين بشارع الخمسين، ما أسفر عن مقتل أربعة وإصابة اثنين آخرين.",
     [(4, "fighters")]),
    ("كما نصب الثوار كمينين محكمين للانقلابيين الحوثيين في نقيل الإبل، أسفرا عن مصرع 11 وإصابة 30 آخرين.", [(11, "fighters")]),
    ("فيما قصفت قوات التحالف مقرات الحوثي في أكثر من موقع، سقط خلالها عشرة قتلى.", [(10, "fighters")]),
    # not persons, not dead described further, not an attack on a place
    ("هاجم مسلحون دورية للشرطة وقتلوا خمسة أشخاص.", [(5, "people")]),
    ("8 قتلى من عائلة واحدة بقصف لميليشيا الحوثي على دار سعد شمال عدن.", [(8, "people")]),
    ("هاجم مسلحون فندقا يرتاده جنود في سيفاري وأوقعت العملية ثمانية قتلى بينهم ثلاثة عسكريين.", [(8, "people")]),
    ("قصفت الميليشيات حي كريتر ما أدى إلى سقوط تسعة قتلى.", [(9, "people")]),
    # review: a side named as who holds or runs the place hit is not who died
    ("ألقى الطيران المروحي براميل متفجرة على مناطق تسيطر عليها المعارضة في حلب، ما أسفر عن مقتل 20.", [(20, "people")]),
    ("استهدف الطيران الروسي مستشفى تديره المعارضة في إدلب، ما أسفر عن مقتل تسعة.", [(9, "people")]),
    # whose men the dead were: a force no lexicon names is a state's; "منهم" after a state force that kills are its foes
    ("ونتج عنه استشهاد عشرة من منسوبي قوات الطوارئ الخاصة.", [(10, "soldiers")]),
    ("كما أغارت القوات العراقية على مجموعة من العناصر الإرهابية وتمكنت من قتل خمسة منهم.", [(5, "fighters")]),
    ("وهاجم مسلحو داعش قوات البشمركة وقتل 12 منهم.", [(12, "soldiers")]),
    # review: the toll noun "مقتل" is no killing by the force named before; "مقاتلي" are fighters
    ("تعرضت دورية للجيش العراقي لهجوم في الرمادي أسفر عن مقتل ثلاثة منهم.", [(3, "soldiers")]),
    ("مقتل سبعة من مقاتلي القوات الموالية للحوثيين.", [(7, "fighters")]),
    # a single victim and more of its kind joined by و are one toll
    # session 28 (casualty audit, tuning X): a single victim and more of its kind joined by و are one toll
    ("وقتل ضابط وثلاثة جنود مصريين في هجوم على كمين في رفح.", [(4, "soldiers")]),
    ("أعلن الأمن المصري استشهاد ضابط وثلاثة مجندين في تفجير برفح.", [(4, "soldiers")]),
    ("أعلن الجيش استشهاد ضابط و3 جنود في تفجير برفح.", [(4, "soldiers")]),  # review: و apart from the digits
    ("قتل 20 من المجندين الجدد في صفوف تنظيم داعش في غارة للتحالف.", [(20, "fighters")]),  # a group's recruits
    ("قتل ثلاثة مدنيين وجندي أوكراني في قصف على دونيتسك.", [(3, "civilians"), (1, "soldiers")]),
]


TOLLS_OF_SESSION_29 = [  # Session 29 (tuning AX, BA; the diff corpus): who a toll's dead were.
    # attackers and terrorists counted in a toll are armed men, whatever the form
    ("وسقط في العملية 12 قتيلا، بينهم خمسة جنود، وأربعة من المهاجمين.", [(12, "people"), (4, "fighters")]),
    ("وقتل الجيش المصري أكثر من 200 إرهابي خلال عملية موسعة.", [(200, "fighters")]),
    ("وأفادت الشرطة أن ثلاثة من الإرهابيين قتلوا في اشتباكات.", [(3, "fighters")]),
    # whose ranks a bare figure's dead fell in, named right after it ("بين صفوف", "بصفوف", "وسط")
    ("وأسفرت الاشتباكات عن مقتل سبعة بين صفوف القوات الموالية للرئيس هادي.", [(7, "soldiers")]),
    ("وأسفرت الاشتباكات عن مقتل سبعة بصفوف الحوثيين.", [(7, "fighters")]),
    ("وقتل سبعة وسط المدينة.", [(7, "people")]),
    # a toll's dead named by their kind ("عدد القتلى المدنيين بلغ"), whatever noun the figure itself takes
    ("وأوضح البيان أن عدد القتلى المدنيين بلغ 844 شخصًا.", [(844, "civilians")]),
    ("ليرتفع عدد قتلى أفراد قوات الأمن التركية منذ 20 يوليو الماضي إلى 21 قتيلا على الأقل.", [(21, "soldiers")]),
    ("وارتفع عدد القتلى المدنيين والجنود إلى 45 شخصا.", [(45, "people")]),  # (review: two kinds joined by و)
    # a lone "إرهابي" is as often the killer
    ("وأيضا قتل إرهابي والده بسلاح ناري.", []),
    # "إرهابي" after an attack noun is its adjective, no victim
    ("أسفر هجوم إرهابي عن مقتل خمسة أشخاص.", [(5, "people")]),
    ("وقتل 12 شخصا في عمل إرهابي.", [(12, "people")]),
]


TOLLS_OF_SESSION_30 = [  # Session 30 (the casualty audit of the diff corpus, tuning BE): number words after و, duals.
    # a number word with its و ("ومائة جريح") is the wounded's own figure, not part of the dead's
    ("الاعتداء الذي أوقع 32 قتيلاً ومائة جريح في مدينة سروج.", [(32, "people")]),
    ("قتل خمسة وعشرون ومائة شخص.", [(125, "people")]),
    ("وقتلت مايا في قصف على حي الشعار.", []),  # (review) the name مايا is no hundred
    # the dual of a victim noun counts two
    ("هاجم مسلح سينما، مما اسفر عن مقتل امرأتين واصابة تسعة آخرين.", [(2, "people")]),
    # a singular victim joined after a figure, its number word after it
    ("قتل 22 جنديا ومدنيا واحدا في الهجوم.", [(22, "soldiers"), (1, "civilians")]),
]


TOLLS_OF_SESSION_31 = [  # Session 31 (the diff corpus): more victim nouns, and one joined to a countless figure.
    # singular and dual victim nouns of common newswire: a girl, an infant, a boy, two men, a woman
    ("وأدى القصف إلى مقتل طفلة في حي الميسر.", [(1, "children")]),
    ("مقتل رضيع فلسطيني في حريق أشعله مستوطنون.", [(1, "children")]),
    ("وعثر على جثتي رجلين مجهولي الهوية.", [(2, "people")]),
    ("وأسفر الهجوم عن مقتل رجلين في السوق.", [(2, "people")]),
    # a lone man is too often a sermon's or a story's ("أن رجلا قتل"): not read
    ("قالت الشرطة إن الخنازير البرية قتلت رجلا عمره 77 عاما.", []),
    ("مما أدى إلى مقتل فتاة وجرح خمسة أشخاص آخرين.", [(1, "people")]),
    # a second victim noun joined to a countless one: its own kind, or one toll of the same kind
    ("قتل امرأتين وصبي في قصف على البلدة.", [(2, "people"), (1, "children")]),
    ("مقتل امرأة وطفل في قصف على البلدة.", [(1, "people"), (1, "children")]),
    ("قتل ضابط وجندي في هجوم على حاجز.", [(2, "soldiers")]),
    # the dead of a nationality named civilians after it
    ("تتضمن الحصيلة 844 قتيلا من العراقيين المدنيين.", [(844, "civilians")]),
    # a kill word in quotes before a bare figure
    ("ونتج عنه «استشهاد» 15 وإصابة 33 آخرين.", [(15, "people")]),
    # "men and boys" after a figure are its own nouns (review)
    ("وقالت المنظمة إن حوالي ثمانية آلاف رجل وصبي لقوا حتفهم في السجون.", [(8000, "people")]),
    # a man who kills is no victim
    ("قتل رجل مسلح ثلاثة أشخاص في المسجد.", [(3, "people")]),
    ("أطلق رجل النار على المصلين.", []),
]


TOLLS_OF_SESSION_34 = [
    # nouns the casualty audit of a third unseen pool found after a figure ("رجلا" and "المواطنين" withdrawn after the review:
    # "يمكن لغرام واحد منه أن يقتل 80 رجلا", "عشرات ملايين المواطنين الذين سرقت بياناتهم")
    ("وشهد العام الماضي مقتل أحد عشر صحافيا في البلاد.", [(11, "people")]),
    # a state's own forces, named by its nationality adjective, lose soldiers: the announcer's "عناصرها"
    ("أعلنت القوات المسلحة الإماراتية استشهاد أحد عناصرها في اليمن.", [(1, "soldiers")]),
    ("أعلنت القوات المسلحة الإماراتية استشهاد 3 من عناصرها في اليمن.", [(3, "soldiers")]),
    ("أعلن تنظيم داعش مقتل 3 من عناصره في الرقة.", [(3, "fighters")]),
    ("وأعلن الجيش اليمني مقتل أحد قادة الحوثيين و12 من عناصرهم في مأرب.", [(1, "fighters"), (12, "fighters")]),
    # "عنصرا في قوات X": members of a named side, as "من"; "في" before a place names no side
    ("قتل 17 عنصرا في قوات الأمن التركية في هجمات.", [(17, "soldiers")]),
    ("قتل 17 عنصرا في حلب.", [(17, "fighters")]),
]


TOLLS_OF_SESSION_35 = [
    # a figure in brackets with no noun, its side named after the wounded
    ("وفجر انتحاري نفسه داخل المسجد مما نتج عنه استشهاد (15) وإصابة (33) من منسوبي قوات الطوارئ.", [(15, "soldiers")]),
    ("وأسفر الهجوم عن مقتل (15) خمسة عشر شخصا.", [(15, "people")]),
    ("ولد عام (1990) وقتل في الهجوم.", []),
    ("وكانت حصيلة هذا الهجوم (12) قتيلا و(122) جريحا من الأبرياء بينهم (35) طفلاً.", [(12, "people")]),
    # a year after منذ/بداية/سنة is a date; "ألفي" is 2000, and a large figure's two nouns are one count
    ("فإن عدد المهاجرين الذين لقوا حتفهم منذ بداية 2015 تخطى عتبة ألفي قتيل.", [(2000, "people")]),
    ("لقي أكثر من ألفي مهاجر ولاجئ حتفهم حتى الآن هذا العام.", [(2000, "people")]),
    # members ("منسوبي") of forces no lexicon names are a state's men
    ("وأدى التفجير الذي راح ضحيته 10 افراد من منسوبي القوات إلى إغلاق المسجد.", [(10, "soldiers")]),
    ("قتل 10 من عناصر القوات الكردية.", [(10, "fighters")]),
    # the US Marines are soldiers; migrants are people; a mixed list of victims is people (civilians with children)
    ("وقتل أربعة عناصر من المارينز في الهجوم.", [(4, "soldiers")]),
    ("وتسبب غرقها الشهر الماضي في مقتل 800 مهاجر.", [(800, "people")]),
    ("وقال المرصد إن 22 من المدنيين والمقاتلين لقوا مصرعهم في القصف.", [(22, "people")]),
    ("وقتل 22 من المدنيين والأطفال في القصف.", [(22, "civilians")]),
    # review: a و-noun with its own count is a second figure; a large figure's singular noun after و is part of it,
    # a small one's is one more; the rescued and the displaced are alive
    ("وقتل 8 من المدنيين وعنصرين من الشرطة.", [(8, "civilians"), (2, "soldiers")]),
    ("وقتل 50 من المدنيين ومسلحي المعارضة.", [(50, "people")]),
    ("وقتل 20 جنديا وضابط في الهجوم.", [(20, "soldiers"), (1, "soldiers")]),
    ("وأنقذ خفر السواحل الإيطالي أكثر من 400 مهاجر، فيما لقي 40 مهاجرا حتفهم غرقا.", [(40, "people")]),
]

TOLLS_OF_SESSION_36 = [
    # a rate and the count a rise replaces are no tolls; a share is none either
    ("وارتفع عدد القتلى من 75 قتيلا إلى 126 قتيلا، أي بمعدل سبعة قتلى في الشهر.", [(126, "people")]),
    ("قتل أكثر من 20 شخصا إلى جانب 5 جنود.", [(20, "people"), (5, "soldiers")]),
    ("وارتفع عدد النساء بين القتلى إلى 23 في المائة.", []),
    # men of a state force after a toll noun; not when civilians are named with them
    ("وقالت إن التفجير خلف 5 شهداء من رجال الأمن و6 متدربين.", [(5, "soldiers"), (6, "people")]),
    ("وقتل 5 أشخاص من رجال الشرطة.", [(5, "soldiers")]),
    ("وفقد الوطن 37 شهيدا من رجال الأمن والمواطنين.", [(37, "people")]),
    ("ونتج عنها استشهاد 12 رجل أمن وثلاثة من العاملين وإصابة 7 من رجال الأمن.", [(12, "soldiers"), (3, "people")]),
    # contractors, trainees, villagers and youths are people; a breakdown after "هم" counts each part
    ("انتهت العملية بمقتل 13 شخصًا هم أربعة جنود ماليين وخمسة متعاقدين وأربعة مهاجمين.",
     [(13, "people"), (4, "soldiers"), (5, "people"), (4, "fighters")]),
    ("أثارت المذبحة التي ذهب ضحيتها أكثر من 20 قرويًا في القرية مخاوف.", [(20, "people")]),
    ("وأحرقوه انتقاما لقتل ثلاثة فتية.", [(3, "people")]),
    ("وقتل بوبر 7 عمال فلسطينيين وأصاب 11 آخرين.", [(7, "people")]),
    # the later parts of a breakdown after "هم" share the total's kill word, however far
    ("وأعلنت الحكومة حصيلة نهائية بلغت 13 قتيلا هم «أربعة جنود من القوات المسلحة المالية، وخمسة متعاقدين مع بعثة الأمم المتحدة في مالي وأربعة إرهابيين».",
     [(13, "people"), (4, "soldiers"), (5, "people"), (4, "fighters")]),
    ("قتل 5 أشخاص هم من سكان القرية، وأصيب 7 آخرون.", [(5, "people")]),
    ("قتل ستة مدنيين وهم في طريقهم إلى السوق، ويعيش في الحي نحو ثلاثة آلاف مدني وخمسمائة طفل.", [(6, "civilians")]),
    ("وفقد الوطن 37 شهيدا من رجال الأمن البواسل والمواطنين.", [(37, "people")]),
]

TOLLS_OF_SESSION_37 = [
    # the dual in construct: two men, of the side the next word names
    ("وإعلان وزارة الداخلية المصرية عن مقتل رجلي أمن في العريش.", [(2, "soldiers")]),
    ("مقتل رجلي شرطة في العريش.", [(2, "soldiers")]),
    # "N آخرون" after a passive kill verb with no kind counted: people; "آخرين" after an active one: the earlier dead's
    ("وفي انفجار آخر منفصل إلى الشرق من المدينة قتل سبعة آخرون وأصيب 25.", [(7, "people")]),
    ("فيقتلون ستة آخرين.", []),
    # an unnamed plural subject kills, the dual object is the dead
    ("وقتل مقاتلون جنديين في هجومين منفصلين.", [(2, "soldiers")]),
    # a force's men and citizens: a mixed toll ("ما بين" too); not the same force twice, nor one citizen more
    ("واستشهد في تلك العمليات (37) مابين رجال أمن ومواطنين.", [(37, "people")]),
    ("واستشهد 37 من رجال الأمن والمواطنين.", [(37, "people")]),
    ("واستشهد 5 من رجال الأمن والجيش.", [(5, "soldiers")]),
    ("والحصيلة استشهاد (5) من رجال الأمن ومواطن.", [(5, "soldiers")]),
]


@pytest.mark.parametrize("text, figures", [*TOLLS_OF_SESSION_28, *TOLLS_OF_SESSION_29, *TOLLS_OF_SESSION_30, *TOLLS_OF_SESSION_31,
                                           *TOLLS_OF_SESSION_34, *TOLLS_OF_SESSION_35, *TOLLS_OF_SESSION_36,
                                           *TOLLS_OF_SESSION_37])
def test_tolls_of_sessions_28_to_37(extract_text, text, figures):
    """Who a toll's dead were, and its sum: the rules of sessions 28–37."""
    assert [(e.fatalities, e.victims) for e in extract_text(text).events if e.fatalities] == figures


@pytest.mark.parametrize("text, places", [
    # no place near the figure and no attack: the one place the figure's clause names after it, after في
    ("قتل 40 شخصًا على الأقل وأصيب العشرات بجروح في اشتباكات عنيفة يخوضها منذ أسبوع مسلحون من قبيلتي التبو والطوارق في جنوب شرق ليبيا.",
     ["libya/southeast", "libya"]),
    # not a place the fighters came from, nor one past the clause
    ("وأوضح المرصد أن 50 ألفا و570 جنديا من قوات النظام السوري قتلوا إلى جانب 903 من جماعة حزب الله اللبنانية و3304 مقاتلين شيعة من دول أخرى مثل إيران وأفغانستان.", []),
    ("ويسلط القتال -الذي أسفر عن مقتل 13 شخصا- الضوء على خطط لطرد مقاتلي تنظيم داعش من شمال سوريا.", []),
])
def test_a_figure_takes_the_sole_place_of_its_clause(extract_text, text, places):
    assert next(e.places for e in extract_text(text).events if e.fatalities) == places
