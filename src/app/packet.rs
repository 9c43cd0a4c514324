//! One case through every stage, with what is costly to load (schemas, evidence rules, parsed
//! blanks, fonts) loaded once in [`Resources`] and shared by every case of a run: `render` uses
//! it for one case, `batch` for thousands.

use crate::app::error::{BlankProblem, Error};
use crate::checklist::{self, Checklist, DocumentRule};
use crate::finding::{Finding, Severity};
use crate::forms::render::{self, FormBlank, Rendered};
use crate::forms::{templates, Editions, Form};
use crate::model::CaseFile;
use crate::pdf::{EmbedFont, FillOptions};
use crate::schema::SchemaSet;
use crate::validate;
use chrono::NaiveDate;
use serde_json::Value;
use std::borrow::Cow;
use std::path::Path;

/// Everything a run loads once.
pub struct Resources {
    pub schemas: SchemaSet,
    pub evidence: Vec<DocumentRule>,
    /// Parsed official blanks; empty when the run makes no official forms.
    pub blanks: Vec<FormBlank>,
    pub fill: FillOptions,
    pub settings: render::RenderSettings,
    /// The date rules count from (deadlines, ages, fees).
    pub today: NaiveDate,
    /// Fonts and templates of the draft review PDF; `None` when the run makes no draft.
    pub draft: Option<crate::draft::DraftResources>,
    /// The language of the draft's frame and `checklist.md` (`--lang`); English by default.
    /// Set it with [`Resources::set_lang`] after [`Resources::load_draft`].
    pub lang: crate::interview::i18n::OutputLang,
}

impl Resources {
    /// Everything besides the case that shapes a packet's files: the tool's version, the date
    /// rules count from (deadlines, days left, fees), each blank (by the hash of its bytes),
    /// whether a draft is made, the fill and N/A settings and the fallback fonts. `batch
    /// --resume` redoes a case whose files were made under a different one.
    pub fn fingerprint(&self) -> String {
        let blanks: Vec<String> = self
            .blanks
            .iter()
            .map(|b| {
                let hash: String = b
                    .blank
                    .input_hash()
                    .iter()
                    .map(|x| format!("{x:02x}"))
                    .collect();
                format!("{} {} {hash}", b.form.file_stem(), b.edition.folder())
            })
            .collect();
        let fonts: Vec<&str> = self.fill.fallback_fonts.iter().map(|f| f.name()).collect();
        // The language only when it is not English, so earlier English runs still resume.
        let lang = if self.lang.is_english() {
            String::new()
        } else {
            format!("; lang {}", self.lang.tag())
        };
        format!(
            "asylum-forms {}; today {}; blanks [{}]; draft {}; flatten {}; min font {}; n/a {}; fonts [{}]{lang}",
            env!("CARGO_PKG_VERSION"),
            self.today,
            blanks.join(", "),
            self.draft.is_some(),
            self.fill.flatten,
            self.fill.min_font_size,
            self.settings.not_applicable,
            fonts.join(", "),
        )
    }

    /// Schemas and evidence rules; no blanks yet.
    pub fn new(today: NaiveDate) -> Result<Self, Error> {
        Ok(Resources {
            schemas: SchemaSet::load()?,
            evidence: checklist::rules()?,
            blanks: Vec::new(),
            fill: FillOptions::default(),
            settings: render::RenderSettings::default(),
            today,
            draft: None,
            lang: crate::interview::i18n::OutputLang::english(),
        })
    }

    /// The language of the draft and the checklist's Markdown.
    pub fn set_lang(&mut self, lang: crate::interview::i18n::OutputLang) {
        if let Some(d) = self.draft.as_mut() {
            d.lang = lang.clone();
        }
        self.lang = lang;
    }

    /// Parses the draft's fonts and templates (once per run).
    pub fn load_draft(&mut self) -> Result<(), Error> {
        check_source_date_epoch()?;
        if self.draft.is_none() {
            // Built-in templates and fonts: a failure is the tool's, and says so in its words.
            self.draft = Some(crate::draft::DraftResources::load()?);
        }
        Ok(())
    }

    /// Parses `DIR/<form>.pdf` for each form (once), checking its edition.
    pub fn load_blanks(&mut self, dir: &Path, forms: &[Form]) -> Result<(), Error> {
        for &form in forms {
            if self.blanks.iter().any(|b| b.form == form) {
                continue;
            }
            let path = dir.join(format!("{}.pdf", form.file_stem()));
            if let Err(error) = std::fs::metadata(&path) {
                let dir = dir.to_path_buf();
                return Err(Error::blank(&path, BlankProblem::Missing { dir, error }));
            }
            let data = crate::load::read::blank(&path)?;
            let blank = render::load_blank(form, &data)
                .map_err(|e| Error::blank(&path, BlankProblem::Unusable(e)))?;
            self.blanks.push(blank);
        }
        Ok(())
    }

    /// The edition of each form this run uses: the blank's when one was loaded, else the
    /// newest with a map. The fill takes the blank's; the draft takes these, so both agree.
    pub fn editions(&self) -> Editions {
        Editions::new(Form::ALL.into_iter().filter_map(|form| {
            match self.blanks.iter().find(|b| b.form == form) {
                Some(b) => Some((form, b.edition)),
                None => templates::newest(form).map(|e| (form, e)),
            }
        }))
    }
}

/// Fonts tried, in order, for text the form's own font cannot draw (Latin, Greek and Cyrillic;
/// Arabic; Hebrew; Ethiopic; Devanagari; Myanmar; Chinese, Japanese and Korean).
pub const FALLBACK_FONTS: &[&str] = &[
    "NotoSans-Regular.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansCJK-Regular.ttc",
];

/// Where the system keeps Noto fonts (Debian's fonts-noto-core and fonts-noto-cjk).
pub const FONT_DIRS: &[&str] = &[
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/opentype/noto",
];

/// Loads the fallback fonts found in `dir`, or the fonts built into the binary
/// ([`crate::text::fonts`]) when no folder is given; a missing one only matters if a value
/// needs it, and then the fill fails naming the character. A folder that cannot be read, or a
/// font in it that cannot be read or parsed, is an error: dropped, it would leave the fill
/// saying that no font has a character the user gave a font for.
pub fn load_fonts(dir: Option<&Path>) -> Result<Vec<EmbedFont>, Error> {
    let Some(dir) = dir else {
        return Ok(crate::text::fonts::embed_fonts());
    };
    std::fs::read_dir(dir).map_err(|e| Error::read(dir, e))?;
    FALLBACK_FONTS
        .iter()
        .map(|name| dir.join(name))
        .filter(|p| p.is_file())
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|e| Error::read(&path, e))?;
            EmbedFont::new(bytes, 0).map_err(|error| Error::Font { path, error })
        })
        .collect()
}

/// Refuses a `SOURCE_DATE_EPOCH` that is set but is not seconds since 1970 (as the
/// reproducible-builds specification asks), which [`draft_date`] would otherwise pass over for
/// today's date without a word.
fn check_source_date_epoch() -> Result<(), Error> {
    let Some(raw) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(());
    };
    let ok = raw
        .to_str()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .is_some();
    if ok {
        Ok(())
    } else {
        Err(Error::Argument(format!(
            "SOURCE_DATE_EPOCH is {:?}, not a number of seconds since 1970-01-01; set it to one (e.g. 1767225600) or unset it",
            raw.to_string_lossy()
        )))
    }
}

/// Why the files of a case that was read could not all be made.
#[derive(Debug)]
pub enum PacketFailure {
    /// The official forms could not be filled (no form is written then).
    Forms(render::RenderError),
    /// The draft could not be made (the tool's own fault: its fonts, templates, layouts).
    Draft(crate::draft::DraftError),
    /// Both.
    Both(render::RenderError, crate::draft::DraftError),
}

impl PacketFailure {
    /// What to do about a character no font draws.
    fn hint(e: &render::RenderError) -> &'static str {
        match e {
            render::RenderError::Pdf {
                error: crate::pdf::PdfError::Unencodable { .. },
                ..
            } => " (none of the built-in fonts has it: pass --fonts DIR with a font that does)",
            _ => "",
        }
    }
}

impl std::fmt::Display for PacketFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PacketFailure::Forms(e) => write!(f, "{e}{}", Self::hint(e)),
            PacketFailure::Draft(e) => e.fmt(f),
            PacketFailure::Both(forms, draft) => {
                write!(f, "{forms}{}; {draft}", Self::hint(forms))
            }
        }
    }
}

impl std::error::Error for PacketFailure {}

/// The date a draft is made for: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the
/// date the rules count from. Never the time of day, so a rerun gives the same bytes.
pub fn draft_date(today: NaiveDate) -> NaiveDate {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map_or(today, |t| t.date_naive())
}

/// What one case produced.
pub struct Packet {
    pub findings: Vec<Finding>,
    pub case: Option<CaseFile>,
    pub json: Option<Value>,
    /// The filled official forms (empty when the case has errors or no blanks were loaded).
    pub forms: Vec<Rendered>,
    pub checklist: Option<Checklist>,
    /// The draft review PDF: made whenever the typed case exists, errors or not (it is where
    /// they are reviewed), when the run loaded the draft resources.
    pub draft: Option<Vec<u8>>,
    /// Characters the draft could not draw (by place, never identifiers).
    pub draft_warnings: Vec<String>,
    /// Why rendering failed on a valid case (e.g. a character no font draws), or the draft
    /// could not be made.
    pub failure: Option<PacketFailure>,
    /// The language of `checklist.md` ([`Resources::lang`]).
    pub lang: crate::interview::i18n::OutputLang,
}

/// How a case ended, for summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Rendered,
    RenderedWithWarnings,
    /// Valid, with its draft and checklist, but no official forms (the run had no blanks).
    Drafted,
    DraftedWithWarnings,
    Invalid,
    Failed,
}

/// Whether a finding asks for action on the case: errors, and warnings other than a fee amount
/// the fee table has not confirmed (that is a note to check the fee before filing, the same for
/// every case filed that day, not a problem of this case).
pub fn needs_action(f: &Finding) -> bool {
    match f.severity {
        Severity::Error => true,
        Severity::Warning => f.code != crate::rules::fees::FEES.id,
        Severity::Info => false,
    }
}

impl Packet {
    /// The case as forms, checklist and draft read it, when validation got that far.
    pub fn validated(&self) -> Option<validate::Case<'_>> {
        validate::Case::of(self.case.as_ref(), self.json.as_ref())
    }

    pub fn status(&self) -> Status {
        if self.case.is_none() || self.findings.iter().any(|f| f.severity == Severity::Error) {
            Status::Invalid
        } else if self.failure.is_some() || self.forms.iter().any(|r| !r.overflow.is_empty()) {
            Status::Failed
        } else {
            // Notes (info) and unconfirmed fee amounts need no action on the case.
            let warned = self
                .findings
                .iter()
                .any(|f| f.severity == Severity::Warning && needs_action(f));
            match (self.forms.is_empty(), warned) {
                (false, false) => Status::Rendered,
                (false, true) => Status::RenderedWithWarnings,
                (true, false) => Status::Drafted,
                (true, true) => Status::DraftedWithWarnings,
            }
        }
    }

    /// The files to write, by name: filled forms (and flattened copies), `draft.pdf`,
    /// `checklist.md`, `checklist.json`. The PDFs are borrowed: copying a packet's megabytes
    /// only to write them was a twentieth of its time.
    pub fn files(&self) -> Vec<(String, Cow<'_, [u8]>)> {
        let mut out = Vec::new();
        if let Some(draft) = &self.draft {
            out.push(("draft.pdf".to_string(), Cow::Borrowed(draft.as_slice())));
        }
        for r in &self.forms {
            out.push((r.file_name.clone(), Cow::Borrowed(r.bytes.as_slice())));
            if let Some(flat) = &r.flattened {
                out.push((
                    r.file_name.replace(".pdf", "-flat.pdf"),
                    Cow::Borrowed(flat.as_slice()),
                ));
            }
        }
        if let Some(list) = &self.checklist {
            out.push((
                "checklist.md".to_string(),
                Cow::Owned(checklist::markdown_in(list, &self.lang).into_bytes()),
            ));
            let mut json = serde_json::to_vec_pretty(list).unwrap_or_default();
            json.push(b'\n');
            out.push(("checklist.json".to_string(), Cow::Owned(json)));
        }
        out
    }
}

/// Validates one case file and, when it has no errors, fills its forms and builds its checklist.
pub fn prepare(bytes: &[u8], res: &Resources) -> Packet {
    finish(
        validate::check_bytes_with_json(bytes, &res.schemas, res.today),
        res,
    )
}

/// The forms a validated case needs blanks for, each once.
pub fn forms_needed(outcome: &validate::Outcome) -> Vec<Form> {
    let mut forms: Vec<Form> = Vec::new();
    if let Some(case) = outcome.validated() {
        for (form, _, _) in render::instances(case) {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
    forms
}

/// The stages after validation, for a caller that validated first (to learn which blanks to load).
pub fn finish(outcome: validate::Outcome, res: &Resources) -> Packet {
    let has_errors = outcome.has_errors();
    let mut packet = Packet {
        findings: outcome.findings,
        case: outcome.case,
        json: outcome.json,
        forms: Vec::new(),
        checklist: None,
        draft: None,
        draft_warnings: Vec::new(),
        failure: None,
        lang: res.lang.clone(),
    };
    // The two fields, not `validated()`: the packet's other fields are filled below.
    let Some(case) = validate::Case::of(packet.case.as_ref(), packet.json.as_ref()) else {
        return packet;
    };
    let list = checklist::build(case, &res.evidence);
    // The forms first: the draft shows what they print (N/A, PRESENT, cut values, continuation).
    if !has_errors && !res.blanks.is_empty() {
        match render::render_case_with(case, &res.blanks, &res.fill, &res.settings) {
            Ok(forms) => packet.forms = forms,
            Err(e) => {
                packet.failure = Some(PacketFailure::Forms(e));
            }
        }
    }
    if let Some(dr) = &res.draft {
        match crate::draft::make(
            case,
            &packet.findings,
            &list,
            dr,
            draft_date(res.today),
            &packet.forms,
            &res.editions(),
        ) {
            Ok(d) => {
                packet.draft = Some(d.bytes);
                packet.draft_warnings = d.warnings;
            }
            // Both failures are kept: the draft's must not hide the forms'.
            Err(e) => {
                packet.failure = Some(match packet.failure.take() {
                    Some(PacketFailure::Forms(forms)) => PacketFailure::Both(forms, e),
                    _ => PacketFailure::Draft(e),
                })
            }
        }
    }
    if has_errors {
        return packet;
    }
    packet.checklist = Some(list);
    packet
}
