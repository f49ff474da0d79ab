//! The onboarding security checklist shown to the person signing up.
//!
//! A pure function from facts to items: the browser wrapper gathers the [`ChecklistFacts`]
//! (what the checkers said, what the page and form look like) and [`build_checklist`] decides
//! which items to show, in which state, whether each is required, and what each says.
//!
//! ```
//! use signup_guard::checklist::{build_checklist, ChecklistFacts, ItemState, PasswordFact};
//! use signup_guard::messages::{Lang, Messages};
//!
//! let facts = ChecklistFacts { password: PasswordFact::Strong, ..ChecklistFacts::default() };
//! let list = build_checklist(&facts, &Messages::new(Lang::En));
//! assert_eq!(list.items[0].state, ItemState::Pass);
//! ```

mod connection;
mod facts;
mod items;

pub use connection::{connection_verdict, ConnectionVerdict};
pub use facts::{
    BreachFact, ChecklistFacts, ConfirmationFact, ConnectionFacts, CustomItem, EmailFact,
    OriginFact, PasswordFact, TwoStepFact,
};
pub use items::{
    build_checklist, Checklist, ChecklistItem, FieldRole, ItemId, ItemState, Level, Summary,
};
