//! zxcvbn's feedback as stable codes, and its localized form.
//!
//! Every zxcvbn [`zxcvbn::feedback::Warning`] and [`zxcvbn::feedback::Suggestion`] maps to one
//! kebab-case code; the text lives in the `password` catalogs under `password.warning.<code>`
//! and `password.suggestion.<code>`.

use crate::messages::Messages;
use serde::{Deserialize, Serialize};
use zxcvbn::feedback::{Suggestion, Warning};

/// Why zxcvbn thinks a password is guessable.
///
/// ```
/// use signup_guard::password::{estimate, WarningCode};
/// assert_eq!(estimate("password", &[]).warning, Some(WarningCode::Top10Common));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum WarningCode {
    /// Straight rows of keys, like `qwertyuiop`.
    StraightRow,
    /// Short keyboard patterns with turns, like `qwedsa`.
    KeyboardPattern,
    /// One character repeated, like `aaa`.
    RepeatedCharacter,
    /// A group of characters repeated, like `abcabcabc`.
    RepeatedPattern,
    /// One of the ten most common passwords.
    #[serde(rename = "top-10-common")]
    Top10Common,
    /// One of the hundred most common passwords.
    #[serde(rename = "top-100-common")]
    Top100Common,
    /// A very common password.
    Common,
    /// A common password with substitutions, reversal or other small changes.
    SimilarToCommon,
    /// A sequence, like `abc` or `6543`.
    Sequence,
    /// A recent year.
    RecentYear,
    /// A single dictionary word.
    SingleWord,
    /// A date.
    Date,
    /// A first name or surname alone.
    NameByItself,
    /// Common first names and surnames.
    CommonNames,
}

impl WarningCode {
    /// Every warning code.
    pub const ALL: [WarningCode; 14] = [
        WarningCode::StraightRow,
        WarningCode::KeyboardPattern,
        WarningCode::RepeatedCharacter,
        WarningCode::RepeatedPattern,
        WarningCode::Top10Common,
        WarningCode::Top100Common,
        WarningCode::Common,
        WarningCode::SimilarToCommon,
        WarningCode::Sequence,
        WarningCode::RecentYear,
        WarningCode::SingleWord,
        WarningCode::Date,
        WarningCode::NameByItself,
        WarningCode::CommonNames,
    ];

    /// The code as serialized, e.g. `top-10-common`.
    ///
    /// ```
    /// use signup_guard::password::WarningCode;
    /// assert_eq!(WarningCode::Top10Common.code(), "top-10-common");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            WarningCode::StraightRow => "straight-row",
            WarningCode::KeyboardPattern => "keyboard-pattern",
            WarningCode::RepeatedCharacter => "repeated-character",
            WarningCode::RepeatedPattern => "repeated-pattern",
            WarningCode::Top10Common => "top-10-common",
            WarningCode::Top100Common => "top-100-common",
            WarningCode::Common => "common",
            WarningCode::SimilarToCommon => "similar-to-common",
            WarningCode::Sequence => "sequence",
            WarningCode::RecentYear => "recent-year",
            WarningCode::SingleWord => "single-word",
            WarningCode::Date => "date",
            WarningCode::NameByItself => "name-by-itself",
            WarningCode::CommonNames => "common-names",
        }
    }

    /// The catalog key of this warning's text, e.g. `password.warning.top-10-common`.
    ///
    /// ```
    /// use signup_guard::password::WarningCode;
    /// assert_eq!(WarningCode::Date.key(), "password.warning.date");
    /// ```
    pub fn key(self) -> String {
        format!("password.warning.{}", self.code())
    }
}

impl From<Warning> for WarningCode {
    fn from(warning: Warning) -> Self {
        match warning {
            Warning::StraightRowsOfKeysAreEasyToGuess => WarningCode::StraightRow,
            Warning::ShortKeyboardPatternsAreEasyToGuess => WarningCode::KeyboardPattern,
            Warning::RepeatsLikeAaaAreEasyToGuess => WarningCode::RepeatedCharacter,
            Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => WarningCode::RepeatedPattern,
            Warning::ThisIsATop10Password => WarningCode::Top10Common,
            Warning::ThisIsATop100Password => WarningCode::Top100Common,
            Warning::ThisIsACommonPassword => WarningCode::Common,
            Warning::ThisIsSimilarToACommonlyUsedPassword => WarningCode::SimilarToCommon,
            Warning::SequencesLikeAbcAreEasyToGuess => WarningCode::Sequence,
            Warning::RecentYearsAreEasyToGuess => WarningCode::RecentYear,
            Warning::AWordByItselfIsEasyToGuess => WarningCode::SingleWord,
            Warning::DatesAreOftenEasyToGuess => WarningCode::Date,
            Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => WarningCode::NameByItself,
            Warning::CommonNamesAndSurnamesAreEasyToGuess => WarningCode::CommonNames,
        }
    }
}

/// How zxcvbn suggests making a password harder to guess.
///
/// ```
/// use signup_guard::password::{estimate, SuggestionCode};
/// assert!(estimate("Password", &[]).suggestions.contains(&SuggestionCode::Capitalization));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionCode {
    /// Use a few words, avoid common phrases.
    UseAFewWords,
    /// No need for symbols, digits or uppercase letters.
    NoNeedForSymbols,
    /// Add another word or two; uncommon words are better.
    AddAnotherWord,
    /// Capitalization doesn't help very much.
    Capitalization,
    /// All-uppercase is almost as easy to guess as all-lowercase.
    AllUppercase,
    /// Reversed words aren't much harder to guess.
    ReversedWords,
    /// Predictable substitutions like `@` for `a` don't help very much.
    PredictableSubstitutions,
    /// Use a longer keyboard pattern with more turns.
    LongerKeyboardPattern,
    /// Avoid repeated words and characters.
    AvoidRepeats,
    /// Avoid sequences.
    AvoidSequences,
    /// Avoid recent years.
    AvoidRecentYears,
    /// Avoid years that are associated with you.
    AvoidAssociatedYears,
    /// Avoid dates and years that are associated with you.
    AvoidAssociatedDates,
}

impl SuggestionCode {
    /// Every suggestion code.
    pub const ALL: [SuggestionCode; 13] = [
        SuggestionCode::UseAFewWords,
        SuggestionCode::NoNeedForSymbols,
        SuggestionCode::AddAnotherWord,
        SuggestionCode::Capitalization,
        SuggestionCode::AllUppercase,
        SuggestionCode::ReversedWords,
        SuggestionCode::PredictableSubstitutions,
        SuggestionCode::LongerKeyboardPattern,
        SuggestionCode::AvoidRepeats,
        SuggestionCode::AvoidSequences,
        SuggestionCode::AvoidRecentYears,
        SuggestionCode::AvoidAssociatedYears,
        SuggestionCode::AvoidAssociatedDates,
    ];

    /// The code as serialized, e.g. `add-another-word`.
    ///
    /// ```
    /// use signup_guard::password::SuggestionCode;
    /// assert_eq!(SuggestionCode::AddAnotherWord.code(), "add-another-word");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            SuggestionCode::UseAFewWords => "use-a-few-words",
            SuggestionCode::NoNeedForSymbols => "no-need-for-symbols",
            SuggestionCode::AddAnotherWord => "add-another-word",
            SuggestionCode::Capitalization => "capitalization",
            SuggestionCode::AllUppercase => "all-uppercase",
            SuggestionCode::ReversedWords => "reversed-words",
            SuggestionCode::PredictableSubstitutions => "predictable-substitutions",
            SuggestionCode::LongerKeyboardPattern => "longer-keyboard-pattern",
            SuggestionCode::AvoidRepeats => "avoid-repeats",
            SuggestionCode::AvoidSequences => "avoid-sequences",
            SuggestionCode::AvoidRecentYears => "avoid-recent-years",
            SuggestionCode::AvoidAssociatedYears => "avoid-associated-years",
            SuggestionCode::AvoidAssociatedDates => "avoid-associated-dates",
        }
    }

    /// The catalog key of this suggestion's text, e.g. `password.suggestion.add-another-word`.
    ///
    /// ```
    /// use signup_guard::password::SuggestionCode;
    /// assert_eq!(SuggestionCode::AddAnotherWord.key(), "password.suggestion.add-another-word");
    /// ```
    pub fn key(self) -> String {
        format!("password.suggestion.{}", self.code())
    }
}

impl From<Suggestion> for SuggestionCode {
    fn from(suggestion: Suggestion) -> Self {
        match suggestion {
            Suggestion::UseAFewWordsAvoidCommonPhrases => SuggestionCode::UseAFewWords,
            Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
                SuggestionCode::NoNeedForSymbols
            }
            Suggestion::AddAnotherWordOrTwo => SuggestionCode::AddAnotherWord,
            Suggestion::CapitalizationDoesntHelpVeryMuch => SuggestionCode::Capitalization,
            Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
                SuggestionCode::AllUppercase
            }
            Suggestion::ReversedWordsArentMuchHarderToGuess => SuggestionCode::ReversedWords,
            Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
                SuggestionCode::PredictableSubstitutions
            }
            Suggestion::UseALongerKeyboardPatternWithMoreTurns => {
                SuggestionCode::LongerKeyboardPattern
            }
            Suggestion::AvoidRepeatedWordsAndCharacters => SuggestionCode::AvoidRepeats,
            Suggestion::AvoidSequences => SuggestionCode::AvoidSequences,
            Suggestion::AvoidRecentYears => SuggestionCode::AvoidRecentYears,
            Suggestion::AvoidYearsThatAreAssociatedWithYou => SuggestionCode::AvoidAssociatedYears,
            Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
                SuggestionCode::AvoidAssociatedDates
            }
        }
    }
}

/// One localized message with the code it came from.
///
/// ```
/// use signup_guard::password::{check_password, PasswordOptions, WarningCode};
/// let options = PasswordOptions { lang: "fr".into(), ..Default::default() };
/// let report = check_password("password", &options, &options.messages())?;
/// let warning = report.feedback.warning.unwrap();
/// assert_eq!(warning.code, WarningCode::Top10Common);
/// assert!(!warning.message.is_empty());
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Coded<C> {
    /// The stable code, for programs.
    pub code: C,
    /// The text for people, in the requested language.
    pub message: String,
}

/// zxcvbn's feedback, localized: at most one warning and a list of suggestions.
///
/// ```
/// use signup_guard::password::{check_password, PasswordOptions};
/// let options = PasswordOptions::default();
/// let report = check_password("violet-kettle-Harbour-9-lantern", &options, &options.messages())?;
/// assert!(report.feedback.warning.is_none());
/// # Ok::<(), signup_guard::password::PolicyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FeedbackReport {
    /// What is wrong with the password, if zxcvbn names something; `null` otherwise.
    pub warning: Option<Coded<WarningCode>>,
    /// How to choose a stronger password; empty when zxcvbn has nothing to add.
    pub suggestions: Vec<Coded<SuggestionCode>>,
}

impl FeedbackReport {
    /// Localizes a warning and suggestions.
    ///
    /// ```
    /// use signup_guard::password::{FeedbackReport, SuggestionCode, WarningCode};
    /// use signup_guard::messages::{Lang, Messages};
    /// let feedback = FeedbackReport::new(Some(WarningCode::Sequence), &[SuggestionCode::AvoidSequences], &Messages::new(Lang::De));
    /// assert_eq!(feedback.suggestions.len(), 1);
    /// assert_eq!(feedback.warning.map(|w| w.code), Some(WarningCode::Sequence));
    /// ```
    pub fn new(
        warning: Option<WarningCode>,
        suggestions: &[SuggestionCode],
        messages: &Messages,
    ) -> Self {
        FeedbackReport {
            warning: warning.map(|code| Coded {
                code,
                message: messages.text(&code.key(), &[]),
            }),
            suggestions: suggestions
                .iter()
                .map(|&code| Coded {
                    code,
                    message: messages.text(&code.key(), &[]),
                })
                .collect(),
        }
    }
}
