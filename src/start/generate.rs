//! Synthetic case files for load tests and demos: `asylum-forms generate`.
//!
//! Each case starts from one of the reviewed fixtures (`fixtures/valid/`), read into the typed
//! model, and is varied there: every person gets a made-up name from the small lists below (in
//! Latin, Arabic, Cyrillic, Chinese, Ethiopic or Devanagari script), new A-Numbers and SSNs,
//! families grow and shrink, I-730 petitions come one or two to a case, and some I-589s carry a
//! narrative long enough to need the continuation page. Starting from reviewed cases and going
//! through the typed model keeps every generated case valid by construction; a test validates
//! hundreds of them.
//!
//! The same seed gives byte-identical files. The random numbers come from splitmix64, written out
//! below: ten lines whose output never changes with a crate upgrade (a `rand` generator's stream
//! may change between versions, which would break "same seed, same files").

use crate::model::i589::I589Child;
use crate::model::{CaseFile, PersonId, PersonName, Sex, Text};
use serde_json::Value;

/// splitmix64 (Steele, Lea, Flood 2014): small, fast, and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Names in one script: (Latin transliteration, the name in its own script).
struct Script {
    female: &'static [(&'static str, &'static str)],
    male: &'static [(&'static str, &'static str)],
    family: &'static [(&'static str, &'static str)],
    /// Chinese writes the family name first, without a space.
    family_first: bool,
    /// Latin-script names have no separate native form.
    latin: bool,
}

const SCRIPTS: &[Script] = &[
    Script {
        female: &[
            ("Maria", ""),
            ("Lucia", ""),
            ("Carmen", ""),
            ("Sofia", ""),
            ("Elena", ""),
            ("Rosa", ""),
            ("Ines", ""),
            ("Paula", ""),
        ],
        male: &[
            ("Jose", ""),
            ("Luis", ""),
            ("Carlos", ""),
            ("Miguel", ""),
            ("Javier", ""),
            ("Andres", ""),
            ("Mateo", ""),
            ("Diego", ""),
        ],
        family: &[
            ("Lopez", ""),
            ("Hernandez", ""),
            ("Ramirez", ""),
            ("Castillo", ""),
            ("Morales", ""),
            ("Ortega", ""),
            ("Vargas", ""),
            ("Mendoza", ""),
        ],
        family_first: false,
        latin: true,
    },
    Script {
        female: &[
            ("Leila", "ليلى"),
            ("Amira", "أميرة"),
            ("Noor", "نور"),
            ("Salma", "سلمى"),
            ("Huda", "هدى"),
            ("Rana", "رنا"),
            ("Dalia", "داليا"),
            ("Mariam", "مريم"),
        ],
        male: &[
            ("Omar", "عمر"),
            ("Khalid", "خالد"),
            ("Yusuf", "يوسف"),
            ("Samir", "سمير"),
            ("Tariq", "طارق"),
            ("Ziad", "زياد"),
            ("Fadi", "فادي"),
            ("Hamza", "حمزة"),
        ],
        family: &[
            ("Haddad", "حداد"),
            ("Khoury", "خوري"),
            ("Nasser", "ناصر"),
            ("Saleh", "صالح"),
            ("Darwish", "درويش"),
            ("Farouk", "فاروق"),
            ("Rahman", "رحمن"),
            ("Jaber", "جابر"),
        ],
        family_first: false,
        latin: false,
    },
    Script {
        female: &[
            ("Olga", "Ольга"),
            ("Irina", "Ирина"),
            ("Natalia", "Наталья"),
            ("Anna", "Анна"),
            ("Oksana", "Оксана"),
            ("Daria", "Дарья"),
            ("Yulia", "Юлия"),
            ("Vera", "Вера"),
        ],
        male: &[
            ("Dmitri", "Дмитрий"),
            ("Alexei", "Алексей"),
            ("Ivan", "Иван"),
            ("Pavel", "Павел"),
            ("Sergei", "Сергей"),
            ("Taras", "Тарас"),
            ("Bohdan", "Богдан"),
            ("Roman", "Роман"),
        ],
        family: &[
            ("Kovalenko", "Коваленко"),
            ("Shevchenko", "Шевченко"),
            ("Bondarenko", "Бондаренко"),
            ("Melnyk", "Мельник"),
            ("Kravets", "Кравец"),
            ("Tkachenko", "Ткаченко"),
            ("Lysenko", "Лысенко"),
            ("Marchenko", "Марченко"),
        ],
        family_first: false,
        latin: false,
    },
    Script {
        female: &[
            ("Mei", "美"),
            ("Lina", "丽娜"),
            ("Xiu", "秀"),
            ("Fang", "芳"),
            ("Jing", "静"),
            ("Yan", "燕"),
            ("Hong", "红"),
            ("Lan", "兰"),
        ],
        male: &[
            ("Wei", "伟"),
            ("Jun", "军"),
            ("Hao", "浩"),
            ("Qiang", "强"),
            ("Lei", "磊"),
            ("Bo", "波"),
            ("Gang", "刚"),
            ("Ming", "明"),
        ],
        family: &[
            ("Wang", "王"),
            ("Li", "李"),
            ("Zhang", "张"),
            ("Chen", "陈"),
            ("Liu", "刘"),
            ("Yang", "杨"),
            ("Zhao", "赵"),
            ("Huang", "黄"),
        ],
        family_first: true,
        latin: false,
    },
    Script {
        female: &[
            ("Hiwot", "ሕይወት"),
            ("Selam", "ሰላም"),
            ("Meron", "ሜሮን"),
            ("Tigist", "ትዕግስት"),
            ("Bethlehem", "ቤተልሔም"),
            ("Mahlet", "ማህሌት"),
            ("Rahel", "ራሄል"),
            ("Saba", "ሳባ"),
        ],
        male: &[
            ("Dawit", "ዳዊት"),
            ("Yonas", "ዮናስ"),
            ("Tesfaye", "ተስፋዬ"),
            ("Abel", "አቤል"),
            ("Henok", "ሄኖክ"),
            ("Biruk", "ብሩክ"),
            ("Kaleb", "ካሌብ"),
            ("Samuel", "ሳሙኤል"),
        ],
        family: &[
            ("Bekele", "በቀለ"),
            ("Girma", "ግርማ"),
            ("Haile", "ኃይሌ"),
            ("Tadesse", "ታደሰ"),
            ("Alemu", "አለሙ"),
            ("Mekonnen", "መኮንን"),
            ("Kebede", "ከበደ"),
            ("Wolde", "ወልዴ"),
        ],
        family_first: false,
        latin: false,
    },
    Script {
        female: &[
            ("Sunita", "सुनिता"),
            ("Maya", "माया"),
            ("Gita", "गीता"),
            ("Sita", "सीता"),
            ("Kamala", "कमला"),
            ("Radha", "राधा"),
            ("Asha", "आशा"),
            ("Laxmi", "लक्ष्मी"),
        ],
        male: &[
            ("Ram", "राम"),
            ("Bikash", "बिकाश"),
            ("Suman", "सुमन"),
            ("Hari", "हरि"),
            ("Krishna", "कृष्ण"),
            ("Dipak", "दिपक"),
            ("Arjun", "अर्जुन"),
            ("Prakash", "प्रकाश"),
        ],
        family: &[
            ("Gurung", "गुरुङ"),
            ("Sharma", "शर्मा"),
            ("Tamang", "तामाङ"),
            ("Rai", "राई"),
            ("Thapa", "थापा"),
            ("Magar", "मगर"),
            ("Adhikari", "अधिकारी"),
            ("Karki", "कार्की"),
        ],
        family_first: false,
        latin: false,
    },
];

/// Sentences for long Part B narratives (invented, about no real person or event).
const NARRATIVE: &[&str] = &[
    "In the spring the local militia came to our street at night and searched every house.",
    "They took my identity card and told me to report to their office the next morning.",
    "When I went, I was held in a small room for three days without food and questioned about my meetings.",
    "They beat me with a cable and said that people like me had no place in the town.",
    "After my release I stayed with a cousin in another district and did not go out during the day.",
    "Two weeks later men in plain clothes asked my neighbours where I was hiding.",
    "My employer told me that the security office had called him and that I could not return to work.",
    "I sold my furniture to pay for the journey and left with one bag.",
    "On the way I was stopped at three checkpoints and paid money each time to be let through.",
    "My mother still receives visits from officers who ask whether I have come back.",
    "A friend who was arrested at the same meeting has not been seen since.",
    "I fear that if I return I will be detained at the airport and disappear like him.",
];

/// Ways a deliberately broken case is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakage {
    /// The file stops in the middle: not JSON.
    BadJson,
    /// `date_of_brith`: an unknown key (and a required one missing).
    MisspeltKey,
    /// 2025-02-30: not a date.
    BadDate,
    /// `"sex": "unknown"`: not one of the allowed values.
    BadEnum,
    /// An I-730 child beneficiary 21 or older on the principal's application date (a rule error).
    ChildOver21,
    /// A form refers to a person id that is not in `people` (a rule error).
    UndefinedPerson,
}

const BREAKAGES: &[Breakage] = &[
    Breakage::BadJson,
    Breakage::MisspeltKey,
    Breakage::BadDate,
    Breakage::BadEnum,
    Breakage::ChildOver21,
    Breakage::UndefinedPerson,
];

impl Breakage {
    pub fn as_str(self) -> &'static str {
        match self {
            Breakage::BadJson => "bad-json",
            Breakage::MisspeltKey => "misspelt-key",
            Breakage::BadDate => "bad-date",
            Breakage::BadEnum => "bad-enum",
            Breakage::ChildOver21 => "child-over-21",
            Breakage::UndefinedPerson => "undefined-person",
        }
    }
}

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub count: usize,
    pub seed: u64,
    /// Share of cases broken on purpose, 0–100: exactly `count * broken_percent / 100` of them.
    pub broken_percent: u8,
    /// One JSON document per line (JSON Lines) instead of pretty-printed files.
    pub compact: bool,
}

/// One generated case file.
#[derive(Debug, Clone)]
pub struct Generated {
    pub case_id: String,
    pub bytes: Vec<u8>,
    pub broken: Option<Breakage>,
}

/// Why cases cannot be generated: the built-in fixtures they start from, or the model, is
/// broken (a bug of the tool, never of an argument).
#[derive(Debug)]
pub enum GenerateError {
    /// A fixture the cases are varied from does not parse as a case.
    Fixture {
        name: &'static str,
        error: serde_json::Error,
    },
    /// A varied case does not go through the model and back.
    Model(serde_json::Error),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::Fixture { name, error } => {
                write!(f, "internal error: fixture {name}: {error}")
            }
            GenerateError::Model(e) => write!(f, "internal error: {e}"),
        }
    }
}

impl std::error::Error for GenerateError {}

/// The cases, made one at a time (10,000 of them need not fit in memory at once).
pub fn cases(
    opts: Options,
) -> Result<impl Iterator<Item = Result<Generated, GenerateError>>, GenerateError> {
    let templates = templates()?;
    Ok((0..opts.count).map(move |i| case(&templates, opts, i)))
}

fn templates() -> Result<Vec<(&'static str, CaseFile)>, GenerateError> {
    let sources: [(&str, &str); 5] = [
        (
            "i589-affirmative-family",
            include_str!("../../fixtures/valid/i589-affirmative-family.json"),
        ),
        (
            "i589-defensive",
            include_str!("../../fixtures/valid/i589-defensive.json"),
        ),
        (
            "i730-asylee-spouse-stepchild",
            include_str!("../../fixtures/valid/i730-asylee-spouse-stepchild.json"),
        ),
        (
            "i485-asylee",
            include_str!("../../fixtures/valid/i485-asylee.json"),
        ),
        (
            "i485-refugee",
            include_str!("../../fixtures/valid/i485-refugee.json"),
        ),
    ];
    sources
        .iter()
        .map(|(name, text)| {
            serde_json::from_str::<CaseFile>(text)
                .map(|c| (*name, c))
                .map_err(|error| GenerateError::Fixture { name, error })
        })
        .collect()
}

/// Whether case `i` is one of the broken ones: spreads exactly `count * percent / 100` evenly.
fn is_broken(i: usize, percent: u8) -> bool {
    let p = usize::from(percent.min(100));
    (i + 1) * p / 100 > i * p / 100
}

fn case(
    templates: &[(&'static str, CaseFile)],
    opts: Options,
    i: usize,
) -> Result<Generated, GenerateError> {
    // Each case has its own stream, so case i is the same whatever the count.
    let mut rng = Rng::new(opts.seed ^ (i as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
    rng.next_u64();
    let broken = is_broken(i, opts.broken_percent).then(|| *rng.pick(BREAKAGES));
    let t = if broken == Some(Breakage::ChildOver21) {
        2
    } else {
        rng.below(templates.len() as u64) as usize
    };
    let (template, base) = &templates[t];
    let mut case = base.clone();
    case.case_id = match broken {
        Some(b) => format!("gen-{}-{i:05}-broken-{}", opts.seed, b.as_str()).into(),
        None => format!("gen-{}-{i:05}", opts.seed).into(),
    };
    case.schema = None;
    vary_family(&mut case, template, &mut rng, broken.is_some());
    if case.forms.i589.is_some() && rng.chance(35) {
        long_narrative(&mut case, &mut rng);
    }
    let renames = rename_people(&mut case, &mut rng);
    new_identifiers(&mut case, &mut rng, i);
    let mut value = serde_json::to_value(&case).map_err(GenerateError::Model)?;
    replace_names(&mut value, &renames);
    // Back through the typed model: what is written is what the model can hold.
    let case: CaseFile = serde_json::from_value(value).map_err(GenerateError::Model)?;
    let mut value = serde_json::to_value(&case).map_err(GenerateError::Model)?;
    if let Some(b) = broken {
        if b != Breakage::BadJson {
            break_value(&mut value, b);
        }
    }
    let mut bytes = if opts.compact {
        serde_json::to_vec(&value)
    } else {
        serde_json::to_vec_pretty(&value)
    }
    .map_err(GenerateError::Model)?;
    if broken == Some(Breakage::BadJson) {
        bytes.truncate(bytes.len() * 3 / 5);
    }
    if !opts.compact {
        bytes.push(b'\n');
    }
    Ok(Generated {
        case_id: case.case_id.into(),
        bytes,
        broken,
    })
}

/// Families of different sizes: children and siblings come and go, I-730s come one or two.
fn vary_family(case: &mut CaseFile, template: &str, rng: &mut Rng, keep_petitions: bool) {
    match template {
        "i589-affirmative-family" => {
            let mut removed: Vec<PersonId> = Vec::new();
            if let Some(f) = case.forms.i589.as_mut() {
                // 0 to 3 of the template's children stay; sometimes a fourth, younger one joins.
                let keep = rng.below(4) as usize;
                while f.children.len() > keep {
                    let idx = rng.below(f.children.len() as u64) as usize;
                    removed.push(f.children.remove(idx).person);
                }
                if f.children.len() < 4 && rng.chance(40) {
                    let base = case
                        .people
                        .iter()
                        .find(|p| p.id.as_str() == "child-3")
                        .cloned();
                    if let Some(mut child) = base {
                        child.id = PersonId("child-4".into());
                        let year = 2015 + rng.below(5) as i32;
                        let day = 1 + rng.below(28) as u32;
                        if let Some(d) =
                            chrono::NaiveDate::from_ymd_opt(year, 1 + rng.below(12) as u32, day)
                        {
                            child.date_of_birth = d.into();
                        }
                        child.sex = Some(if rng.chance(50) {
                            Sex::Female
                        } else {
                            Sex::Male
                        });
                        f.children.push(I589Child {
                            person: child.id.clone(),
                            include: true,
                        });
                        case.people.push(child);
                    }
                }
                if rng.chance(40) {
                    removed.append(&mut f.siblings);
                }
            }
            case.people.retain(|p| !removed.contains(&p.id));
            case.evidence
                .retain(|e| e.person.as_ref().is_none_or(|p| !removed.contains(p)));
        }
        "i730-asylee-spouse-stepchild" if !keep_petitions && rng.chance(40) => {
            // Only the spouse is petitioned for: the petition becomes "1 of 1".
            case.forms.i730.truncate(1);
            for f in case.forms.i730.iter_mut() {
                f.form_total = 1;
            }
        }
        _ => {}
    }
}

/// A Part B narrative that does not fit its field: it continues on Supplement B.
fn long_narrative(case: &mut CaseFile, rng: &mut Rng) {
    // Longer than Part B item A holds even at 7 pt (about 2,000 characters), shorter than
    // Supplement B holds.
    let target = 2_200 + rng.below(2_000) as usize;
    let mut text = String::new();
    while text.len() < target {
        if !text.is_empty() {
            text.push(' ');
        }
        let sentence: &&str = rng.pick(NARRATIVE);
        text.push_str(sentence);
    }
    if let Some(f) = case.forms.i589.as_mut() {
        f.part_b.past_harm.answer = true;
        f.part_b.past_harm.explanation = Some(text.into());
    }
}

/// New made-up names for everyone, all in one script per family; returns old → new for the
/// free text that mentions them (addresses "in care of", I-94 names, Part D helpers…).
fn rename_people(case: &mut CaseFile, rng: &mut Rng) -> Vec<(String, String)> {
    let script = rng.pick(SCRIPTS);
    let mut renames: Vec<(String, String)> = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    let fresh = |list: &'static [(&'static str, &'static str)],
                 rng: &mut Rng,
                 used: &mut Vec<&'static str>| {
        // Distinct names within a family while the list lasts.
        for _ in 0..16 {
            let n = rng.pick(list);
            if !used.contains(&n.0) {
                used.push(n.0);
                return *n;
            }
        }
        *rng.pick(list)
    };
    let mut family_map: Vec<(String, (&str, &str))> = Vec::new();
    for p in case.people.iter_mut() {
        let old = p.name.clone();
        let old_native = p.native_name_parts.clone();
        let family = match family_map.iter().find(|(o, _)| *o == old.family) {
            Some((_, n)) => *n,
            None => {
                let n = fresh(script.family, rng, &mut used);
                family_map.push((old.family.to_string(), n));
                renames.push((old.family.to_string(), n.0.to_string()));
                n
            }
        };
        let list = match p.sex {
            Some(Sex::Female) => script.female,
            Some(Sex::Male) => script.male,
            _ => {
                if rng.chance(50) {
                    script.female
                } else {
                    script.male
                }
            }
        };
        let given = fresh(list, rng, &mut used);
        let middle = old.middle.as_ref().map(|_| fresh(list, rng, &mut used));
        renames.push((old.given.to_string(), given.0.to_string()));
        if let (Some(o), Some(m)) = (&old.middle, middle) {
            renames.push((o.to_string(), m.0.to_string()));
        }
        if let Some(n) = &old_native {
            renames.push((n.family.to_string(), family.1.to_string()));
            renames.push((n.given.to_string(), given.1.to_string()));
            if let (Some(o), Some(m)) = (&n.middle, middle) {
                renames.push((o.to_string(), m.1.to_string()));
            }
        } else if let Some(native) = &p.native_name {
            // "given [middle] family" in the template's script.
            let words: Vec<&str> = native.split_whitespace().collect();
            if words.len() >= 2 {
                renames.push((words[0].to_string(), given.1.to_string()));
                renames.push((words[words.len() - 1].to_string(), family.1.to_string()));
            }
        }
        p.name = PersonName {
            family: family.0.into(),
            given: given.0.into(),
            middle: middle.map(|m| m.0.into()),
        };
        p.other_names.clear();
        if script.latin {
            p.native_name = None;
            p.native_name_parts = None;
            p.native_address = None;
        } else {
            let mid = middle.map(|m| m.1);
            p.native_name = Some(if script.family_first {
                format!("{}{}{}", family.1, given.1, mid.unwrap_or("")).into()
            } else {
                match mid {
                    Some(m) => format!("{} {m} {}", given.1, family.1).into(),
                    None => format!("{} {}", given.1, family.1).into(),
                }
            });
            if p.native_name_parts.is_some() {
                p.native_name_parts = Some(PersonName {
                    family: family.1.into(),
                    given: given.1.into(),
                    middle: mid.map(Text::from),
                });
            }
        }
    }
    // Longest first, so "Naw Paw" is replaced before "Paw".
    renames.retain(|(o, n)| !o.is_empty() && o != n);
    renames.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(a.0.cmp(&b.0))
    });
    renames.dedup_by(|a, b| a.0 == b.0);
    renames
}

/// Fresh A-Numbers and SSNs, distinct within the case and across cases of one run.
fn new_identifiers(case: &mut CaseFile, rng: &mut Rng, index: usize) {
    for (k, p) in case.people.iter_mut().enumerate() {
        if p.a_number.is_some() {
            // 2xx,xxx,xxx: the case index and the person keep every number distinct.
            let n = 200_000_000 + (index as u64 % 100_000) * 100 + k as u64;
            p.a_number = Some(crate::model::ANumber(format!("A{n:09}").into()));
        }
        for (j, other) in p.other_a_numbers.iter_mut().enumerate() {
            let n = 300_000_000 + (index as u64 % 100_000) * 100 + (k * 10 + j) as u64 % 100;
            *other = crate::model::ANumber(format!("A{n:09}").into());
        }
        if p.ssn.is_some() {
            // Area 100–665, group 01–99, serial 0001–9999: never a pattern SSA leaves unissued.
            let area = 100 + rng.below(566);
            let group = 1 + rng.below(99);
            let serial = 1 + rng.below(9999);
            p.ssn = Some(crate::model::Ssn(
                format!("{area:03}-{group:02}-{serial:04}").into(),
            ));
        }
    }
}

/// Replaces whole words (not parts of longer words) in every string of the document.
fn replace_names(v: &mut Value, renames: &[(String, String)]) {
    match v {
        Value::String(s) => {
            for (old, new) in renames {
                if s.contains(old.as_str()) {
                    *s = replace_word(s, old, new);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| replace_names(x, renames)),
        Value::Object(o) => o.values_mut().for_each(|x| replace_names(x, renames)),
        _ => {}
    }
}

fn replace_word(s: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find(old) {
        let before = rest[..pos]
            .chars()
            .next_back()
            .or_else(|| out.chars().next_back());
        let after = rest[pos + old.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..pos]);
        if boundary(before) && boundary(after) {
            out.push_str(new);
        } else {
            out.push_str(old);
        }
        rest = &rest[pos + old.len()..];
    }
    out.push_str(rest);
    out
}

fn break_value(v: &mut Value, b: Breakage) {
    let Some(person) = v.pointer_mut("/people/0").and_then(Value::as_object_mut) else {
        return;
    };
    match b {
        Breakage::BadJson => {}
        Breakage::MisspeltKey => {
            if let Some(dob) = person.remove("date_of_birth") {
                person.insert("date_of_brith".into(), dob);
            }
        }
        Breakage::BadDate => {
            person.insert("date_of_birth".into(), "2025-02-30".into());
        }
        Breakage::BadEnum => {
            person.insert("sex".into(), "unknown".into());
        }
        Breakage::UndefinedPerson => {
            person.insert("mother".into(), "nobody-listed".into());
        }
        Breakage::ChildOver21 => {
            // The child petitioned for on the second I-730, born long enough before the
            // principal's application to be 21 or older on that date.
            let child = v
                .pointer("/forms/i730/1/beneficiary")
                .and_then(Value::as_str)
                .map(str::to_string);
            if let (Some(child), Some(people)) = (
                child,
                v.pointer_mut("/people").and_then(Value::as_array_mut),
            ) {
                for p in people.iter_mut() {
                    if p.get("id").and_then(Value::as_str) == Some(child.as_str()) {
                        if let Some(o) = p.as_object_mut() {
                            o.insert("date_of_birth".into(), "2001-01-15".into());
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_matches_the_reference_sequence() {
        // First outputs for seed 1234567 from the reference C implementation.
        let mut r = Rng::new(1234567);
        assert_eq!(r.next_u64(), 6457827717110365317);
        assert_eq!(r.next_u64(), 3203168211198807973);
    }

    #[test]
    fn exactly_the_requested_share_is_broken() {
        for (count, pct, want) in [
            (1000, 10, 100),
            (200, 10, 20),
            (7, 50, 3),
            (10, 0, 0),
            (10, 100, 10),
        ] {
            let n = (0..count).filter(|&i| is_broken(i, pct)).count();
            assert_eq!(n, want, "{count} cases at {pct}%");
        }
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(
            replace_word("Paw and Naw Paw, Pawel", "Paw", "X"),
            "X and Naw X, Pawel"
        );
        assert_eq!(replace_word("ሰናይት በርሀ", "ሰናይት", "ሳባ"), "ሳባ በርሀ");
    }
}
