//! Claims: who asserts what, how sure, how much and when, each anchored in the clean text.
//!
//! A [`Claim`] is a body sentence, or an independent clause of one, that asserts something
//! checkable or attributable. It carries its evidence span, its kind, its speaker, its modality,
//! the proposition (subject, predicate, object) where the sentence gives one, the entities it
//! mentions, and the quantities, dates and quotations in it. Every span is in Unicode code
//! points of the clean text, half-open, like every other span of the model.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Anchor, EntityKey, Span};

/// What a claim is about, from a small controlled vocabulary (`schemas/vocab.ttl`). A claim has
/// one kind: the first of the list below that applies.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    /// Carried by a direct quotation of its speaker.
    Quotation,
    /// About the future: a prediction or a plan.
    Forecast,
    /// States a quantity (an amount, a count, a share, money).
    Quantity,
    /// A specific occurrence or action (a signing, a meeting, a delivery).
    Event,
    /// A lasting relation between actors (ties, partnership, support, dependence).
    Relation,
    /// An evaluation, characterisation or general statement.
    Assessment,
}

impl ClaimKind {
    /// Every kind, in precedence order.
    pub const ALL: [ClaimKind; 6] = [
        ClaimKind::Quotation,
        ClaimKind::Forecast,
        ClaimKind::Quantity,
        ClaimKind::Event,
        ClaimKind::Relation,
        ClaimKind::Assessment,
    ];

    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quotation => "quotation",
            ClaimKind::Forecast => "forecast",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Event => "event",
            ClaimKind::Relation => "relation",
            ClaimKind::Assessment => "assessment",
        }
    }

    /// The kind named `name` (the inverse of [`ClaimKind::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// How a claim is asserted, from a small controlled vocabulary (`schemas/vocab.ttl`). A claim
/// holds a set of these: `Asserted` alone when none of the others applies.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    /// Stated as fact in the speaker's own voice.
    Asserted,
    /// Reported indirectly (`X said that`, `according to X`, `reportedly`).
    Reported,
    /// Carried by a direct quotation of the speaker.
    Quoted,
    /// Held as a belief or hedged (`X believes`, `likely`, `may`, `could`).
    Believed,
    /// Expected or planned (`will`, `expect`, `is due to`).
    Expected,
    /// The main proposition is negated (`not`, `no`, `never`, `no longer`).
    Negated,
}

impl Modality {
    /// Every modality, in declaration order.
    pub const ALL: [Modality; 6] = [
        Modality::Asserted,
        Modality::Reported,
        Modality::Quoted,
        Modality::Believed,
        Modality::Expected,
        Modality::Negated,
    ];

    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Quoted => "quoted",
            Modality::Believed => "believed",
            Modality::Expected => "expected",
            Modality::Negated => "negated",
        }
    }

    /// The modality named `name` (the inverse of [`Modality::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Modality::ALL.into_iter().find(|m| m.as_str() == name)
    }
}

/// Who a claim is attributed to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    /// The brief's author or authors (also `we` in the brief's voice).
    Author,
    /// Someone or something the text names: a person, an organisation, a document, a group
    /// (`analysts`).
    Named,
    /// An unnamed source: `it was reported that`, `reportedly`, `is believed to`.
    Unnamed,
}

impl SpeakerKind {
    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Author => "author",
            SpeakerKind::Named => "named",
            SpeakerKind::Unnamed => "unnamed",
        }
    }
}

/// A span of the clean text with its exact text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSpan {
    /// Span in the clean text (code points).
    pub span: Span,
    /// The exact clean text of the span.
    pub text: String,
}

/// The speaker of a claim. The words that name the speaker are always kept as a span, whether
/// or not an entity mention covers them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    /// Author, named or unnamed.
    pub kind: SpeakerKind,
    /// The words naming the speaker (`U.S. Secretary of Defense Lloyd Austin`), or for an
    /// unnamed source the words that report it (`it was reported`). `None` for the author.
    pub text: Option<TextSpan>,
    /// When the words are a pronoun (`he said`): the name it stands for, from the sentence
    /// before.
    pub antecedent: Option<TextSpan>,
    /// Where the words that name a named speaker are (its antecedent's, for a pronoun): their
    /// anchor, with the source pieces that name the speaker's node in the graph
    /// (`{brief}#a{start}-{end}`) when no entity covers them.
    pub anchor: Option<Anchor>,
    /// The entity of the speaker, when an entity mention lies inside the speaker's words (or
    /// its antecedent); the most specific one (a person before an organisation before a
    /// country).
    pub entity: Option<EntityKey>,
}

/// The subject or object of a claim's proposition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Argument {
    /// The phrase as written.
    pub text: TextSpan,
    /// Entities mentioned inside the phrase, in text order, without repeats (`North Korea and
    /// Russia` gives two).
    pub entities: Vec<EntityKey>,
}

/// How a quantity's number is qualified.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Approximation {
    /// `about`, `around`, `roughly`, `some`, `nearly`, `close to`: the value is approximate.
    About,
    /// `more than`, `over`, `above`: a lower bound, exclusive.
    MoreThan,
    /// `at least`: a lower bound, inclusive.
    AtLeast,
    /// `less than`, `under`, `below`, `fewer than`: an upper bound, exclusive.
    LessThan,
    /// `up to`, `at most`: an upper bound, inclusive.
    UpTo,
}

impl Approximation {
    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Approximation::About => "about",
            Approximation::MoreThan => "more-than",
            Approximation::AtLeast => "at-least",
            Approximation::LessThan => "less-than",
            Approximation::UpTo => "up-to",
        }
    }

    /// The approximation named `name` (the inverse of [`Approximation::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        [
            Approximation::About,
            Approximation::MoreThan,
            Approximation::AtLeast,
            Approximation::LessThan,
            Approximation::UpTo,
        ]
        .into_iter()
        .find(|a| a.as_str() == name)
    }
}

/// What a quantity stands for in its claim.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum QuantityRole {
    /// An amount, a count, a share.
    Amount,
    /// A cap, limit, ceiling or quota: not an amount supplied.
    Limit,
}

impl QuantityRole {
    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityRole::Amount => "amount",
            QuantityRole::Limit => "limit",
        }
    }
}

/// A quantity stated in a claim: `6 million 152 mm artillery shells`, `US$1.2 billion`, `15%`,
/// `10 to 14 days`. Values are exact decimals written as plain decimal strings (no exponent, no
/// thousands separators, no trailing zeros after a decimal point): `6 million` is `"6000000"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Quantity {
    /// Where it is and its exact text (the number with its unit or counted noun).
    pub text: TextSpan,
    /// The value, for a single number (also when bounded by `more than`, `up to`: see
    /// `approximation`).
    pub value: Option<String>,
    /// The lower end of a range (`10 to 14 days`).
    pub min: Option<String>,
    /// The upper end of a range.
    pub max: Option<String>,
    /// The unit or counted thing, singular and lower case (`artillery shell`, `barrel`,
    /// `percent`, `cubic metre`); for money the ISO 4217 code (`USD`).
    pub unit: Option<String>,
    /// The UN/CEFACT Common Code of the unit, when it has one (`BLL` for barrels, `P1` for
    /// percent, `KMT` for kilometres).
    pub unit_code: Option<String>,
    /// ISO 4217 currency code for an amount of money.
    pub currency: Option<String>,
    /// For a rate, what it is per (`year`, `MWh`).
    pub per: Option<String>,
    /// `about`, `more than`, `up to` …
    pub approximation: Option<Approximation>,
    /// An amount, or a limit (cap).
    pub role: QuantityRole,
}

/// How a date relates to what the claim states.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum TimeRelation {
    /// At or in that time (`in June 2024`, `on November 26, 2024`).
    At,
    /// Since that time (`since 2017`, `from March 2025`).
    Since,
    /// After that time (`after 2000`, `post-2000`).
    After,
    /// Before that time (`before 2030`, `by 2030`, `pre-2022`).
    Before,
    /// During an interval (`the late 1980s`, `2023-24`, `between August 2022 and March 2023`,
    /// `last week`).
    During,
}

impl TimeRelation {
    /// Every relation, in declaration order.
    pub const ALL: [TimeRelation; 5] = [
        TimeRelation::At,
        TimeRelation::Since,
        TimeRelation::After,
        TimeRelation::Before,
        TimeRelation::During,
    ];

    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeRelation::At => "at",
            TimeRelation::Since => "since",
            TimeRelation::After => "after",
            TimeRelation::Before => "before",
            TimeRelation::During => "during",
        }
    }

    /// The relation named `name` (the inverse of [`TimeRelation::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        TimeRelation::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// A calendar value: ISO 8601 `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (XML Schema `xsd:date`,
/// `xsd:gYearMonth`, `xsd:gYear`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct CalendarValue {
    /// The ISO 8601 text.
    pub iso: String,
}

impl CalendarValue {
    /// The XML Schema datatype's local name for this value: `date`, `gYearMonth` or `gYear`.
    pub fn xsd_type(&self) -> &'static str {
        match self.iso.len() {
            10 => "date",
            7 => "gYearMonth",
            _ => "gYear",
        }
    }
}

/// How a date's value was found.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum DateResolution {
    /// Written in full (`June 2024`, `the late 1980s`).
    Absolute,
    /// Relative (`last year`, `since March this year`, `In December`), resolved against the
    /// publication date or a date named before it in the paragraph.
    Resolved,
    /// Relative, and the brief has no publication date to resolve it against: no value.
    Unresolved,
}

impl DateResolution {
    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            DateResolution::Absolute => "absolute",
            DateResolution::Resolved => "resolved",
            DateResolution::Unresolved => "unresolved",
        }
    }
}

/// A date expression in a claim, with its relation and its ISO 8601 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TimeExpression {
    /// Where it is and its exact text (`since March this year`).
    pub text: TextSpan,
    /// At, since, after, before or during.
    pub relation: TimeRelation,
    /// The point in time, or the start of an interval. `None` when unresolved.
    pub start: Option<CalendarValue>,
    /// The end of an interval (inclusive, at the same precision), for `during`.
    pub end: Option<CalendarValue>,
    /// Absolute, resolved, or unresolved.
    pub resolution: DateResolution,
}

/// A direct quotation inside a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Quotation {
    /// The quoted text without its quotation marks. A quotation that a running header or a page
    /// break cut in the source is one span of the clean text (which joins the two halves); its
    /// claim's anchor then has several source pieces.
    pub text: TextSpan,
}

/// A claim of a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Claim {
    /// The evidence: the sentence, or the clause of it, that makes the claim.
    pub anchor: Anchor,
    /// Index into [`crate::model::Document::sentences`] of its sentence.
    pub sentence: usize,
    /// What it is about.
    pub kind: ClaimKind,
    /// Who asserts it.
    pub speaker: Speaker,
    /// How it is asserted: sorted, never empty (`[asserted]` when nothing else applies).
    pub modality: Vec<Modality>,
    /// The subject of the proposition, when the sentence gives it.
    pub subject: Option<Argument>,
    /// The predicate: the lemma of the main verb (`supply`, `send`, `meet`, `state`, `be`).
    pub predicate: Option<String>,
    /// The object of the proposition (for verbs of transfer, the other party: the recipient
    /// of `supply`, the source of `receive`).
    pub object: Option<Argument>,
    /// Indexes into [`crate::model::Document::mentions`] of the mentions inside the claim.
    pub mentions: Vec<usize>,
    /// The entities it mentions, sorted, without repeats.
    pub entities: Vec<EntityKey>,
    /// Quantities, in text order.
    pub quantities: Vec<Quantity>,
    /// Dates, in text order.
    pub dates: Vec<TimeExpression>,
    /// Direct quotations, in text order.
    pub quotations: Vec<Quotation>,
}
