//! The three forms and their editions, as types: one spelling of each form with its display
//! forms, and an edition resolved once per form per run and used by the fill and the draft.

use crate::schema::generate;
use std::fmt;

/// A USCIS form this tool prepares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// I-589, Application for Asylum and for Withholding of Removal.
    I589,
    /// I-730, Refugee/Asylee Relative Petition (one per beneficiary).
    I730,
    /// I-485, Application to Adjust Status (asylee or refugee).
    I485,
}

impl Form {
    /// Every form, in the order the case file and the draft list them.
    pub const ALL: [Form; 3] = [Form::I589, Form::I730, Form::I485];

    /// The name people read: "I-589" (findings, the draft, messages).
    pub fn name(self) -> &'static str {
        match self {
            Form::I589 => "I-589",
            Form::I730 => "I-730",
            Form::I485 => "I-485",
        }
    }

    /// The name of files and folders: "i-589" (`form-templates/i-589/`, `i-589.pdf`).
    pub fn file_stem(self) -> &'static str {
        match self {
            Form::I589 => "i-589",
            Form::I730 => "i-730",
            Form::I485 => "i-485",
        }
    }

    /// The key under `forms` in the case file: "i589".
    pub fn key(self) -> &'static str {
        match self {
            Form::I589 => "i589",
            Form::I730 => "i730",
            Form::I485 => "i485",
        }
    }

    /// The generated schema file of the form's part of the case file.
    pub fn schema_file(self) -> &'static str {
        match self {
            Form::I589 => generate::I589_FILE,
            Form::I730 => generate::I730_FILE,
            Form::I485 => generate::I485_FILE,
        }
    }

    /// Whether the case file holds a list of instances (one per beneficiary or applicant)
    /// rather than one.
    pub fn repeats(self) -> bool {
        self != Form::I589
    }

    /// The form of a file or folder name ("i-589").
    pub fn from_file_stem(s: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.file_stem() == s)
    }

    /// The form of a case-file key ("i589").
    pub fn from_key(s: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.key() == s)
    }

    /// The form of its printed name ("I-589").
    pub fn from_name(s: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.name() == s)
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An edition of a form, as USCIS prints it in the footer ("01/20/25") and as its folder under
/// `form-templates/<form>/` is named ("01-20-25"). Editions order by date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Edition {
    /// The folder name, one of the embedded ones.
    folder: &'static str,
}

impl Edition {
    /// The edition of an embedded folder name ("01-20-25").
    pub(crate) fn from_folder(folder: &'static str) -> Edition {
        Edition { folder }
    }

    /// The folder name under `form-templates/<form>/`: "01-20-25".
    pub fn folder(self) -> &'static str {
        self.folder
    }

    /// As the form prints it: "01/20/25".
    pub fn printed(self) -> String {
        self.folder.replace('-', "/")
    }

    /// (year, month, day) from "MM-DD-YY", so editions sort by date.
    fn date_key(self) -> (&'static str, &'static str, &'static str) {
        let mut p = self.folder.split('-');
        let (m, d, y) = (p.next(), p.next(), p.next());
        (y.unwrap_or(""), m.unwrap_or(""), d.unwrap_or(""))
    }
}

impl PartialOrd for Edition {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Edition {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.date_key(), self.folder).cmp(&(other.date_key(), other.folder))
    }
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

/// The edition of each form a run uses, resolved once per run: the blank's when a blank was
/// given, else the newest one with a map (see `app::packet::Resources::editions`). The fill
/// and the draft both take it from here, so the draft shows the layout of the edition filled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Editions(Vec<(Form, Edition)>);

impl Editions {
    pub fn new(editions: impl IntoIterator<Item = (Form, Edition)>) -> Self {
        let mut out = Editions::default();
        for (form, edition) in editions {
            if out.get(form).is_none() {
                out.0.push((form, edition));
            }
        }
        out
    }

    /// The edition used for `form`, if one was resolved.
    pub fn get(&self, form: Form) -> Option<Edition> {
        self.0.iter().find(|(f, _)| *f == form).map(|(_, e)| *e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for f in Form::ALL {
            assert_eq!(Form::from_file_stem(f.file_stem()), Some(f));
            assert_eq!(Form::from_key(f.key()), Some(f));
            assert_eq!(Form::from_name(f.name()), Some(f));
        }
        assert_eq!(Form::I730.to_string(), "I-730");
        assert_eq!(Form::from_key("i-589"), None);
    }

    #[test]
    fn editions_sort_by_date_not_text() {
        let old = Edition::from_folder("12-31-24");
        let new = Edition::from_folder("01-20-25");
        assert!(old < new);
        assert_eq!(new.printed(), "01/20/25");
        assert_eq!(new.to_string(), "01/20/25");
    }
}
